package io.leadgate.pipeline;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class ResultCachePostgresIT extends ResultCacheContract {
}
