package io.leadgate.pipeline;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class HighLitigationSequencePostgresIT extends HighLitigationSequenceContract {
}
