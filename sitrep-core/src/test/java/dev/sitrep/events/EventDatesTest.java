package dev.sitrep.events;

import static dev.sitrep.events.EventDates.Direction.EITHER;
import static dev.sitrep.events.EventDates.Direction.FUTURE;
import static dev.sitrep.events.EventDates.Direction.PAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.events.EventDates.DateExpression;
import dev.sitrep.events.EventDates.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Date expressions as {@link EventDates} finds and resolves them, on sentences written for the test. Each
 * expectation renders an expression as {@code text-of-span=date}, so a wrong offset shows as wrong text. The
 * random test's seed is fixed; set -Dsitrep.seed=N to replay a failure.
 */
class EventDatesTest {

    /** A Wednesday early in a year, so that months and days without a year can fall in either year. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);
    /** A Friday, for weekdays that fall on the article's own day. */
    private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 7);

    private static List<String> dates(String text, LocalDate reference, Direction direction) {
        return render(text, EventDates.find(text, 0, text.length(), reference, direction));
    }

    private static List<String> dates(String text) {
        return dates(text, WEDNESDAY, PAST);
    }

    private static List<String> render(String text, List<DateExpression> found) {
        return found.stream().map(d -> d.span().of(text) + "=" + d.date()).toList();
    }

    @Test
    void weekdayFollowsTheDirection() {
        String text = "The minister will visit the border on Friday.";
        assertEquals(List.of("Friday=2022-01-07"), dates(text, WEDNESDAY, PAST));
        assertEquals(List.of("Friday=2022-01-14"), dates(text, WEDNESDAY, FUTURE));
        assertEquals(List.of("Friday=2022-01-07"), dates(text, WEDNESDAY, EITHER));
        assertEquals(List.of("Monday=2022-01-10"), dates("Talks ended Monday.", WEDNESDAY, PAST));
        assertEquals(List.of("this Sunday=2022-01-16"), dates("Voting starts this Sunday.", WEDNESDAY, FUTURE));
        assertEquals(List.of("this Sunday=2022-01-09"), dates("Voting started this Sunday.", WEDNESDAY, PAST));
    }

    @Test
    void lastAndNextWeekdayIgnoreTheDirection() {
        for (Direction direction : Direction.values()) {
            assertEquals(List.of("last Friday=2022-01-07"), dates("They met last Friday.", WEDNESDAY, direction));
            assertEquals(List.of("next Friday=2022-01-14"), dates("They meet next Friday.", WEDNESDAY, direction));
            assertEquals(List.of("NEXT TUESDAY=2022-01-18"), dates("VOTE NEXT TUESDAY", WEDNESDAY, direction));
        }
    }

    @Test
    void theArticlesOwnWeekdayIsTheArticlesDate() {
        String text = "Rebels shelled the town on Friday.";
        assertEquals(List.of("Friday=2022-01-07"), dates(text, FRIDAY, PAST));
        assertEquals(List.of("Friday=2022-01-07"), dates(text, FRIDAY, FUTURE));
        assertEquals(List.of("Friday=2022-01-07"), dates(text, FRIDAY, EITHER));
        assertEquals(List.of("last Friday=2021-12-31"), dates("It began last Friday.", FRIDAY, FUTURE));
        assertEquals(List.of("next Friday=2022-01-14"), dates("It ends next Friday.", FRIDAY, PAST));
    }

    @Test
    void weekdayPluralsAreHabitsNotDates() {
        assertEquals(List.of(), dates("The market is closed on Fridays."));
    }

    @Test
    void daysNamedFromToday() {
        LocalDate march1 = LocalDate.of(2022, 3, 1);
        assertEquals(List.of("today=2022-03-01", "Yesterday=2022-02-28", "tomorrow=2022-03-02"),
                dates("The port reopened today. Yesterday it was shut, and tomorrow the ships sail.", march1, PAST));
        assertEquals(List.of("tonight=2022-03-01", "this morning=2022-03-01", "this Evening=2022-03-01"),
                dates("A vote is due tonight after talks this morning and a speech this Evening.", march1, FUTURE));
        assertEquals(List.of("last night=2022-02-28"), dates("Shelling went on last night.", march1, FUTURE));
        assertEquals(List.of("the day before yesterday=2022-02-27"),
                dates("The convoy left the day before yesterday.", march1, PAST));
        assertEquals(List.of("the day after tomorrow=2022-03-03"),
                dates("The convoy leaves the day after tomorrow.", march1, PAST));
        assertEquals(List.of("tomorrow=2022-01-01"),
                dates("The law takes effect tomorrow.", LocalDate.of(2021, 12, 31), PAST));
    }

    @Test
    void monthAndDayInEveryOrder() {
        assertEquals(List.of("January 7=2022-01-07"), dates("The deal was signed on January 7."));
        assertEquals(List.of("Jan. 7=2022-01-07"), dates("The deal was signed Jan. 7 in Geneva."));
        assertEquals(List.of("Jan 7=2022-01-07"), dates("Signed Jan 7."));
        assertEquals(List.of("7 January=2022-01-07"), dates("The deal was signed on 7 January."));
        assertEquals(List.of("January 7th=2022-01-07"), dates("The deal was signed on January 7th."));
        assertEquals(List.of("7th of January=2022-01-07"), dates("The deal was signed on the 7th of January."));
        assertEquals(List.of("Sept. 30=2021-09-30"), dates("The deadline passed on Sept. 30."));
        assertEquals(List.of("JANUARY 7=2022-01-07"), dates("TRUCE SIGNED JANUARY 7"));
        assertEquals(List.of("3 Dec=2021-12-03"), dates("A strike on 3 Dec. Then silence."));
    }

    @Test
    void monthAndDayWithAYear() {
        assertEquals(List.of("January 7, 2020=2020-01-07"), dates("The deal was signed on January 7, 2020, in Oslo."));
        assertEquals(List.of("7 January 2020=2020-01-07"), dates("The deal was signed on 7 January 2020."));
        assertEquals(List.of("Jan. 7 2020=2020-01-07"), dates("Signed Jan. 7 2020."));
        assertEquals(List.of("March 3, 2031=2031-03-03"), dates("It expires March 3, 2031."));
    }

    @Test
    void yearOfAMonthAndDayIsTheNearestInTheDirection() {
        String december = "The shelling started on December 20.";
        assertEquals(List.of("December 20=2021-12-20"), dates(december, WEDNESDAY, PAST));
        assertEquals(List.of("December 20=2022-12-20"), dates(december, WEDNESDAY, FUTURE));
        assertEquals(List.of("December 20=2021-12-20"), dates(december, WEDNESDAY, EITHER));
        String january = "The summit is on January 20.";
        assertEquals(List.of("January 20=2021-01-20"), dates(january, WEDNESDAY, PAST));
        assertEquals(List.of("January 20=2022-01-20"), dates(january, WEDNESDAY, FUTURE));
        assertEquals(List.of("January 20=2022-01-20"), dates(january, WEDNESDAY, EITHER));
        String sameDay = "The summit opened on January 12.";
        assertEquals(List.of("January 12=2022-01-12"), dates(sameDay, WEDNESDAY, PAST));
        assertEquals(List.of("January 12=2022-01-12"), dates(sameDay, WEDNESDAY, FUTURE));
    }

    @Test
    void leapDayFindsALeapYearAndImpossibleDaysAreNoDates() {
        String leap = "The count closes on February 29.";
        assertEquals(List.of("February 29=2020-02-29"), dates(leap, WEDNESDAY, PAST));
        assertEquals(List.of("February 29=2024-02-29"), dates(leap, WEDNESDAY, FUTURE));
        assertEquals(List.of(), dates("The count closes on February 30."));
        assertEquals(List.of(), dates("The count closed on February 29, 2021."));
        assertEquals(List.of(), dates("The count closes on April 31."));
        assertEquals(List.of(), dates("The count closes on 0 March."));
    }

    @Test
    void isoDates() {
        assertEquals(List.of("2021-11-03=2021-11-03"), dates("Filed 2021-11-03 by the court."));
        assertEquals(List.of("2020-02-29=2020-02-29"), dates("Filed 2020-02-29."));
        assertEquals(List.of(), dates("Filed 2021-02-29 and 2021-13-01."));
        assertEquals(List.of(), dates("Case 12021-11-03 was filed."));
    }

    @Test
    void slashDatesAreAmbiguousAndSkipped() {
        assertEquals(List.of(), dates("The ceasefire began on 7/1 at dawn."));
    }

    @Test
    void monthWithoutADay() {
        assertEquals(List.of("December=2021-12"), dates("Fighting resumed in December.", WEDNESDAY, PAST));
        assertEquals(List.of("December=2022-12"), dates("Elections are due in December.", WEDNESDAY, FUTURE));
        assertEquals(List.of("December=2021-12"), dates("Elections are due in December.", WEDNESDAY, EITHER));
        assertEquals(List.of("March=2022-03"), dates("Elections are due in March.", WEDNESDAY, EITHER));
        assertEquals(List.of("July=2021-07"), dates("Elections are due in July.", WEDNESDAY, EITHER));
        assertEquals(List.of("January=2022-01"), dates("Prices rose in January.", WEDNESDAY, PAST));
        assertEquals(List.of("January=2022-01"), dates("Prices rise in January.", WEDNESDAY, FUTURE));
        assertEquals(List.of("September=2021-09"), dates("The army has held the town since September."));
        assertEquals(List.of("October=2021-10"), dates("Talks stalled at the end of October."));
        assertEquals(List.of("November=2021-11"), dates("It peaked in mid-November."));
    }

    @Test
    void monthWithAYear() {
        assertEquals(List.of("January 2021=2021-01"), dates("It began in January 2021 near the coast."));
        assertEquals(List.of("Feb. 2019=2019-02"), dates("Signed Feb. 2019."));
        assertEquals(List.of("October, 2020=2020-10"), dates("Signed October, 2020, in Minsk."));
        assertEquals(List.of("May 2023=2023-05"), dates("The plant opens May 2023."));
    }

    @Test
    void monthsAndYearsNamedFromNow() {
        assertEquals(List.of("last month=2021-12", "this month=2022-01", "next month=2022-02"),
                dates("Prices rose last month, hold this month and fall next month."));
        assertEquals(List.of("Last year=2021", "this year=2022", "next year=2023"),
                dates("Last year was hard, this year is harder, next year may be worse."));
    }

    @Test
    void weeksAreNoSingleDate() {
        assertEquals(List.of(), dates("Talks stalled last week, resume this week and end next week."));
    }

    @Test
    void years() {
        assertEquals(List.of("2021=2021"), dates("The plant closed in 2021."));
        assertEquals(List.of("2014=2014"), dates("The region has been occupied since 2014."));
        assertEquals(List.of("2030=2030"), dates("Emissions are to halve by 2030, the plan says."));
        assertEquals(List.of("2019=2019"), dates("In the summer of 2019, crops failed."));
        assertEquals(List.of("2023=2023", "2020=2020"), dates("Due in mid-2023 after a delay in early 2020."));
        assertEquals(List.of("1900=1900", "2100=2100"), dates("Records from 1900 until 2100."));
    }

    @Test
    void numbersThatAreNotYears() {
        assertEquals(List.of(), dates("The army sent 2,000 troops."));
        assertEquals(List.of(), dates("The army sent 2000 troops."));
        assertEquals(List.of(), dates("A force of 2000 troops crossed the river."));
        assertEquals(List.of(), dates("She won by 2021 votes."));
        assertEquals(List.of(), dates("Records from 1899 until 2101."));
        assertEquals(List.of(), dates("Unrest grew in 2021.5 percent of cases."));
        assertEquals(List.of(), dates("Output fell in 2020% terms."));
        assertEquals(List.of(), dates("It was built in 1990s style."));
    }

    @Test
    void daysAgo() {
        assertEquals(List.of("two days ago=2022-01-10"), dates("The strike hit two days ago."));
        assertEquals(List.of("3 days ago=2022-01-09"), dates("The strike hit 3 days ago."));
        assertEquals(List.of("Ten days ago=2022-01-02"), dates("Ten days ago the strike hit."));
        assertEquals(List.of("a day ago=2022-01-11"), dates("The strike hit a day ago."));
        assertEquals(List.of("a week ago=2022-01-05"), dates("The strike hit a week ago."));
        assertEquals(List.of("two weeks ago=2021-12-29"), dates("The strike hit two weeks ago."));
        assertEquals(List.of("a month ago=2021-12"), dates("The strike hit a month ago."));
        assertEquals(List.of("eight years ago=2014"), dates("The war began eight years ago."));
        assertEquals(List.of(), dates("The strike hit a few days ago."));
    }

    @Test
    void mayTheVerbIsNoMonth() {
        assertEquals(List.of(), dates("Russia may attack the port."));
        assertEquals(List.of(), dates("RUSSIA MAY ATTACK THE PORT"));
        assertEquals(List.of(), dates("Russia May Attack Port"));
        assertEquals(List.of(), dates("Another 5 may die."));
        assertEquals(List.of(), dates("Talks may 2 weeks run on."));
        String text = "Officials said talks may resume in May.";
        List<DateExpression> found = EventDates.find(text, 0, text.length(), WEDNESDAY, FUTURE);
        assertEquals(List.of("May=2022-05"), render(text, found));
        assertEquals(text.lastIndexOf("May"), found.get(0).span().start());
    }

    @Test
    void mayTheMonthNeedsADayAYearOrAPreposition() {
        assertEquals(List.of("May 5=2021-05-05"), dates("Voting ended May 5."));
        assertEquals(List.of("5 May=2021-05-05"), dates("Voting ended on 5 May."));
        assertEquals(List.of("May=2021-05"), dates("Voting ended in early May."));
        assertEquals(List.of("May=2021-05"), dates("Voting ended in late May."));
        assertEquals(List.of("May=2021-05"), dates("Voting ended mid-May."));
        assertEquals(List.of("May=2021-05"), dates("Prices have risen since May."));
        assertEquals(List.of(), dates("Voting ended, Theresa May said."));
    }

    @Test
    void marchTheVerbIsNoMonth() {
        assertEquals(List.of(), dates("Protesters march through the capital."));
        assertEquals(List.of(), dates("Thousands March On Capital"));
        assertEquals(List.of(), dates("Veterans march 3 miles to the square."));
        assertEquals(List.of("March 3=2022-03-03"), dates("Protesters will march on March 3.", WEDNESDAY, FUTURE));
        assertEquals(List.of("March=2021-03"), dates("The protesters who march here began in March."));
    }

    @Test
    void monthsThatAreFirstNames() {
        assertEquals(List.of(), dates("The letter was signed by June Carter."));
        assertEquals(List.of(), dates("A call from April Ryan came first."));
        assertEquals(List.of("June=2021-06"), dates("The letter was signed in June."));
    }

    @Test
    void timesOfDayAreNotDates() {
        assertEquals(List.of("Friday=2022-01-07"), dates("Troops left at 11:00 on Friday."));
        assertEquals(List.of(), dates("The curfew starts at 10:30 and ends at 6.15."));
        assertEquals(List.of(), dates("The curfew starts May 11:00."));
    }

    @Test
    void rangesAreNotDates() {
        assertEquals(List.of(), dates("The summit runs January 7-9."));
        assertEquals(List.of(), dates("The summit runs 7\u20139 January."));
    }

    @Test
    void longestExpressionWinsAndResultsComeInTextOrder() {
        assertEquals(List.of("Friday=2022-01-07", "January 7, 2022=2022-01-07"),
                dates("On Friday, January 7, 2022, the talks failed."));
        assertEquals(List.of("7 January 2020=2020-01-07", "2021=2021"),
                dates("Signed on 7 January 2020, it lapsed in 2021."));
        assertEquals(List.of("last Friday=2022-01-07"), dates("He spoke last Friday."));
        assertEquals(List.of("the day before yesterday=2022-01-10", "tomorrow=2022-01-13"),
                dates("It began the day before yesterday and ends tomorrow."));
    }

    @Test
    void onlyTheWindowIsSearchedAndOffsetsAreAbsolute() {
        String text = "Yesterday the army withdrew. On Friday, the talks resumed in Geneva. Next month, elections.";
        int from = text.indexOf("On Friday");
        int to = text.indexOf("Next month");
        List<DateExpression> found = EventDates.find(text, from, to, WEDNESDAY, PAST);
        assertEquals(List.of("Friday=2022-01-07"), render(text, found));
        assertEquals(text.indexOf("Friday"), found.get(0).span().start());
        assertEquals(text.indexOf("Friday") + "Friday".length(), found.get(0).span().end());
        assertEquals(List.of(), EventDates.find(text, 0, 0, WEDNESDAY, PAST));
    }

    @Test
    void anExpressionCutByTheWindowIsNotMisread() {
        String text = "Signed on January 17 in Oslo.";
        int to = text.indexOf("7 in");
        assertEquals(List.of(), EventDates.find(text, 0, to, WEDNESDAY, PAST));
        String yesterday = "It happened yesterday.";
        assertEquals(List.of(), EventDates.find(yesterday, 0, yesterday.indexOf("day."), WEDNESDAY, PAST));
    }

    @Test
    void aWindowOutsideTheTextIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> EventDates.find("today", 2, 9, WEDNESDAY, PAST));
    }

    private static final String[] PIECES = {
        "on", "in", "of", "by", "since", "mid-", "early", "last", "next", "this", "the day before", "Friday",
        "friday", "May", "may", "March", "march", "June", "Carter", "January", "Jan.", "Sept", "7", "7th", "31",
        "29", "2021", "2000", ",", ".", "-", "\u2013", ":", "11:00", "2022-01-07", "2022-13-07", "yesterday",
        "tomorrow", "night", "week", "month", "year", "two", "a", "days", "ago", "troops", "%", "1,500", "\n"};

    @Test
    void randomDateSoupStaysInsideItsWindow() {
        long seed = Long.getLong("sitrep.seed", 20261129L);
        Random random = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int i = 0; i < words; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            Direction direction = Direction.values()[random.nextInt(3)];
            String where = "seed " + seed + ", round " + round + ", [" + from + "," + to + ") of: " + text;
            List<DateExpression> found;
            try {
                found = EventDates.find(text, from, to, WEDNESDAY, direction);
            } catch (RuntimeException e) {
                throw new AssertionError(where, e);
            }
            int end = from;
            for (DateExpression d : found) {
                assertTrue(d.span().start() >= end && d.span().end() <= to && !d.span().isEmpty(), where);
                assertTrue(d.date().matches("(19|20|21)\\d\\d(-[01]\\d(-[0-3]\\d)?)?"), where);
                end = d.span().end();
            }
        }
    }
}
