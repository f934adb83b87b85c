package io.leadgate.lead;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Screening for campaigns that have no checks yet: every stored lead is accepted as received. */
@Component
class NoStepsScreener implements LeadScreener {

    private final LeadRepository leads;
    private final Clock clock;

    NoStepsScreener(LeadRepository leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    @Override
    public Screening screen(Lead lead) {
        leads.updateDisposition(lead.withDisposition(Disposition.ACCEPTED, List.of(), clock.instant()));
        return new Screening(Disposition.ACCEPTED, List.of(), List.of());
    }
}
