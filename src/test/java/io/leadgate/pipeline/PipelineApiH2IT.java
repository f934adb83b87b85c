package io.leadgate.pipeline;

import io.leadgate.testing.H2Database;

@H2Database
class PipelineApiH2IT extends PipelineApiContract {
}
