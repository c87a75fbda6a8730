package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireHeaderTest {

    @Test
    void fullHeader() {
        assertEquals(Optional.of(new WireHeader("Port reopens after 3 days of strikes", "2021-11-05T21:30:00")),
                WireHeader.parse(" date 2021-11-05 Port reopens after 3 days of strikes Friday, November 5, 2021 9:30:00 PM"));
    }

    @Test
    void noonIsTwelveAndSpacingAndCaseAreLoose() {
        assertEquals(Optional.of(new WireHeader("Talks", "2021-11-05T12:15:00")),
                WireHeader.parse("\tdate  2021-11-05   Talks  Friday,  November 5, 2021  12:15:00 pm  "));
    }

    @Test
    void stampWithoutTitle() {
        assertEquals(Optional.of(new WireHeader(null, "2021-11-05T09:01:02")),
                WireHeader.parse("date 2021-11-05 Friday, November 5, 2021 9:01:02 AM"));
    }

    @Test
    void dateAlone() {
        assertEquals(Optional.of(new WireHeader(null, "2021-11-05")), WireHeader.parse(" date 2021-11-05"));
    }

    @Test
    void impossibleStampKeepsDateAndDropsStampFromTitle() {
        assertEquals(Optional.of(new WireHeader("Talks", "2021-11-05")),
                WireHeader.parse("date 2021-11-05 Talks Friday, November 31, 2021 9:01:02 AM"));
    }

    @Test
    void notHeaders() {
        assertEquals(Optional.empty(), WireHeader.parse("dated 2021-11-05 Talks"));
        assertEquals(Optional.empty(), WireHeader.parse("date 2021-11-5 Talks"));
        assertEquals(Optional.empty(), WireHeader.parse("date 2021-13-05 Talks"));
        assertEquals(Optional.empty(), WireHeader.parse("The date 2021-11-05 was set"));
        assertEquals(Optional.empty(), WireHeader.parse(""));
    }
}
