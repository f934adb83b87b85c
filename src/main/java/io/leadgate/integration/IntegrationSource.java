package io.leadgate.integration;

import java.util.Collection;

/**
 * Integrations (and their providers) defined at run time rather than in code, such as operators' HTTP integrations:
 * the catalog and the connections list them beside the built-in ones.
 */
public interface IntegrationSource {

    /** The integrations defined now. */
    Collection<Integration> integrations();

    /** The providers whose connections those integrations use. */
    Collection<Provider> providers();
}
