package io.leadgate.pipeline;

import io.leadgate.testing.H2Database;

@H2Database
class HighLitigationSequenceH2IT extends HighLitigationSequenceContract {
}
