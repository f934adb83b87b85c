package io.leadgate.testing;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;

/**
 * A provider for tests only. Its connection test answers by the key: {@code good-...} connects, {@code bad-...} is a
 * refused key, {@code broke-...} is out of credits, {@code down-...} is unreachable.
 */
public class ScriptedProvider implements Provider {

    public static final String ID = "scripted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Scripted provider";
    }

    @Override
    public String defaultBaseUrl() {
        return "http://127.0.0.1:9/scripted";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        String key = credentials.apiKey();
        if (key.startsWith("good-")) {
            return ConnectionTest.connected("Connected: 1,000 credits left.");
        }
        if (key.startsWith("broke-")) {
            return ConnectionTest.failed(ErrorKind.QUOTA, "You have insufficient credits to make this query.");
        }
        if (key.startsWith("down-")) {
            return ConnectionTest.failed(ErrorKind.UNAVAILABLE, "connection refused");
        }
        return ConnectionTest.failed(ErrorKind.AUTH, "Invalid or unauthorized key.");
    }
}
