package dev.sitrep.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Support one actor pledged, gave, considered or refused to give another. The fields follow the Ukraine Support
 * Tracker's (donor, type, subtype, value, currency, announcement date, source) so the two can be compared.
 *
 * @param donor     who gives
 * @param recipient who receives, when the article says
 * @param aidType   military, financial or humanitarian
 * @param what      what is given, as the article words it ("weapons", "loans", "medicine")
 * @param amount    the value when stated, in units of {@code currency} ("$25 million" is 25000000), else null
 * @param currency  ISO 4217 code of the amount, else null
 * @param status    pledged, delivered, considered or refused
 * @param date      ISO-8601 date as for {@link Event#date()}
 * @param span      the evidence: the clause the commitment is read from
 */
public record Commitment(
        EntityRef donor,
        EntityRef recipient,
        AidType aidType,
        String what,
        BigDecimal amount,
        String currency,
        CommitmentStatus status,
        String date,
        Span span) {

    public Commitment {
        Objects.requireNonNull(donor, "donor");
        Objects.requireNonNull(aidType, "aidType");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(span, "span");
    }
}
