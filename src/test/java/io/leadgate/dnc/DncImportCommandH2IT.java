package io.leadgate.dnc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

class DncImportCommandH2IT extends DncImportCommandContract {

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("leadgate").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--db-url", url(), "--db-user", "sa", "--db-password", "");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "sa", "");
    }
}
