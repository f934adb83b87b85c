package io.leadgate.pipeline;

import io.leadgate.testing.H2Database;

@H2Database
class ResultCacheH2IT extends ResultCacheContract {
}
