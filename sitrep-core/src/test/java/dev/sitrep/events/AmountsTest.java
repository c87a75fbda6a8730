package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.events.Amounts.Amount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Money amounts as {@link Amounts} finds them, on sentences written for the test. Each expectation renders an
 * amount as {@code text-of-span = value currency}, the value written out in full, so a wrong offset, scale or
 * currency shows. The random test's seed is fixed; set -Dsitrep.seed=N to replay a failure.
 */
class AmountsTest {

    private static List<String> amounts(String text) {
        return render(text, Amounts.find(text, 0, text.length()));
    }

    private static List<String> render(String text, List<Amount> found) {
        return found.stream()
                .map(a -> a.span().of(text) + " = " + a.value().stripTrailingZeros().toPlainString() + " "
                        + a.currency())
                .toList();
    }

    @Test
    void dollarSignAndScaleWords() {
        assertEquals(List.of("$25 million = 25000000 USD"), amounts("The bank lent $25 million to the city."));
        assertEquals(List.of("$25m = 25000000 USD"), amounts("The bank lent $25m to the city."));
        assertEquals(List.of("$25M = 25000000 USD"), amounts("BANK LENDS $25M"));
        assertEquals(List.of("$500,000 = 500000 USD"), amounts("A fine of $500,000 was paid."));
        assertEquals(List.of("$500k = 500000 USD"), amounts("A fine of $500k was paid."));
        assertEquals(List.of("$2.5 trillion = 2500000000000 USD"), amounts("Debt passed $2.5 trillion."));
        assertEquals(List.of("$3 thousand = 3000 USD"), amounts("Each family gets $3 thousand."));
        assertEquals(List.of("$40 mn = 40000000 USD"), amounts("The fund holds $40 mn."));
        assertEquals(List.of("$7 bln = 7000000000 USD"), amounts("The fund holds $7 bln."));
        assertEquals(List.of("$2tn = 2000000000000 USD"), amounts("The fund holds $2tn."));
        assertEquals(List.of("$12 = 12 USD"), amounts("A ticket costs $12."));
    }

    @Test
    void valueIsExact() {
        String text = "The program costs $1.35 billion.";
        Amount amount = Amounts.find(text, 0, text.length()).get(0);
        assertEquals(0, new BigDecimal("1350000000").compareTo(amount.value()), amount.value().toString());
    }

    @Test
    void countryDollars() {
        assertEquals(List.of("US$1.5 billion = 1500000000 USD"), amounts("Aid worth US$1.5 billion arrived."));
        assertEquals(List.of("US $50 million = 50000000 USD"), amounts("Aid worth US $50 million arrived."));
        assertEquals(List.of("U.S.$8 million = 8000000 USD"), amounts("Aid worth U.S.$8 million arrived."));
        assertEquals(List.of("C$50 million = 50000000 CAD"), amounts("Ottawa pledged C$50 million."));
        assertEquals(List.of("CA$4m = 4000000 CAD"), amounts("Ottawa pledged CA$4m."));
        assertEquals(List.of("A$20 million = 20000000 AUD"), amounts("Canberra pledged A$20 million."));
        assertEquals(List.of("NZ$5 million = 5000000 NZD"), amounts("Wellington pledged NZ$5 million."));
    }

    @Test
    void anArticleBeforeTheSignIsNoCountry() {
        assertEquals(List.of("$50 = 50 USD"), amounts("He got a $50 fine."));
        assertEquals(List.of("$50 = 50 USD"), amounts("A $50 fine was paid."));
    }

    @Test
    void otherSigns() {
        assertEquals(List.of("€10 million = 10000000 EUR"), amounts("Brussels added €10 million."));
        assertEquals(List.of("£3bn = 3000000000 GBP"), amounts("London added £3bn."));
        assertEquals(List.of("¥500 billion = 500000000000 JPY"), amounts("Tokyo added ¥500 billion."));
        assertEquals(List.of("₴2 billion = 2000000000 UAH"), amounts("Kyiv added ₴2 billion."));
        assertEquals(List.of("₽1 trillion = 1000000000000 RUB"), amounts("Moscow spent ₽1 trillion."));
    }

    @Test
    void codesBeforeTheNumber() {
        assertEquals(List.of("EUR 100 million = 100000000 EUR"), amounts("The loan is EUR 100 million."));
        assertEquals(List.of("CAD 50 million = 50000000 CAD"), amounts("The loan is CAD 50 million."));
        assertEquals(List.of("CHF250m = 250000000 CHF"), amounts("The loan is CHF250m."));
        assertEquals(List.of(), amounts("The eur 100 million loan."));
    }

    @Test
    void currencyWordsAfterTheNumber() {
        assertEquals(List.of("5.1 million dollars = 5100000 USD"), amounts("It cost 5.1 million dollars."));
        assertEquals(List.of("70 million dollars = 70000000 USD"), amounts("It cost 70 million dollars."));
        assertEquals(List.of("50 million Canadian dollars = 50000000 CAD"),
                amounts("It cost 50 million Canadian dollars."));
        assertEquals(List.of("9 billion US dollars = 9000000000 USD"), amounts("It cost 9 billion US dollars."));
        assertEquals(List.of("100 million euros = 100000000 EUR"), amounts("It cost 100 million euros."));
        assertEquals(List.of("3 billion pounds = 3000000000 GBP"), amounts("It cost 3 billion pounds."));
        assertEquals(List.of("40 million pounds sterling = 40000000 GBP"),
                amounts("It cost 40 million pounds sterling."));
        assertEquals(List.of("1.2 billion hryvnias = 1200000000 UAH"), amounts("It cost 1.2 billion hryvnias."));
        assertEquals(List.of("80 billion yen = 80000000000 JPY"), amounts("It cost 80 billion yen."));
        assertEquals(List.of("6 billion roubles = 6000000000 RUB"), amounts("It cost 6 billion roubles."));
        assertEquals(List.of("6 billion rubles = 6000000000 RUB"), amounts("It cost 6 billion rubles."));
        assertEquals(List.of("300 million Swiss francs = 300000000 CHF"),
                amounts("It cost 300 million Swiss francs."));
        assertEquals(List.of("20 million USD = 20000000 USD"), amounts("It cost 20 million USD."));
        assertEquals(List.of("50m CHF = 50000000 CHF"), amounts("It cost 50m CHF."));
        assertEquals(List.of(), amounts("It cost 50m chf."));
    }

    @Test
    void aSignDecidesAndTheWordsAfterAreNotRead() {
        assertEquals(List.of("$5 million = 5000000 USD"), amounts("They sold a $5 million euro bond."));
        assertEquals(List.of("USD 5 million = 5000000 USD"), amounts("They sold a USD 5 million euro bond."));
    }

    @Test
    void numbersWithoutACurrencyAreNoAmounts() {
        assertEquals(List.of(), amounts("The army sent 4,000 troops and 25 million rounds."));
        assertEquals(List.of(), amounts("About 1.5 billion people watched."));
        assertEquals(List.of(), amounts("Francs were used; 300 million francs is ambiguous."));
        assertEquals(List.of(), amounts("It cost a million dollars."));
        assertEquals(List.of(), amounts("A ZZ$5 million note."));
    }

    @Test
    void poundsThatAreWeights() {
        assertEquals(List.of(), amounts("Police found 500 pounds of explosives."));
        assertEquals(List.of(), amounts("The bag weighed 200 pounds."));
        assertEquals(List.of(), amounts("They seized 2 million pounds of grain."));
        assertEquals(List.of(), amounts("A 500-pound bomb fell."));
        assertEquals(List.of("£200 = 200 GBP"), amounts("A ticket costs £200."));
    }

    @Test
    void brokenNumbersAreNoAmounts() {
        assertEquals(List.of(), amounts("The code was $5,00 and 7,5 euros."));
    }

    @Test
    void severalAmountsInTextOrder() {
        assertEquals(List.of("€2 billion = 2000000000 EUR", "3 billion pounds = 3000000000 GBP",
                        "$1.2bn = 1200000000 USD"),
                amounts("Berlin gave €2 billion, London 3 billion pounds and Washington $1.2bn."));
    }

    @Test
    void onlyTheWindowIsSearchedAndOffsetsAreAbsolute() {
        String text = "Kyiv asked for $10 billion. Tokyo offered 80 billion yen. Paris offered €1 billion.";
        int from = text.indexOf("Tokyo");
        int to = text.indexOf("Paris");
        List<Amount> found = Amounts.find(text, from, to);
        assertEquals(List.of("80 billion yen = 80000000000 JPY"), render(text, found));
        assertEquals(text.indexOf("80"), found.get(0).span().start());
        assertEquals(text.indexOf("yen") + 3, found.get(0).span().end());
    }

    @Test
    void anAmountCutByTheWindowIsNotMisread() {
        String text = "The fund holds $15 million.";
        assertEquals(List.of(), Amounts.find(text, 0, text.indexOf("5 million")));
        assertEquals(List.of(), Amounts.find(text, text.indexOf("5 million"), text.length()));
    }

    @Test
    void aWindowOutsideTheTextIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> Amounts.find("$5", 1, 3));
    }

    private static final String[] PIECES = {
        "$", "US", "US$", "C$", "A", "ZZ$", "€", "£", "¥", "EUR", "CHF", "5", "25", "1.5", "500,000", "5,00", ".",
        ",", "-", "million", "m", "bn", "k", "dollars", "Canadian", "euros", "pounds", "of", "sterling", "yen",
        "troops", "\n"};

    @Test
    void randomMoneySoupStaysInsideItsWindow() {
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
            String where = "seed " + seed + ", round " + round + ", [" + from + "," + to + ") of: " + text;
            List<Amount> found;
            try {
                found = Amounts.find(text, from, to);
            } catch (RuntimeException e) {
                throw new AssertionError(where, e);
            }
            int end = from;
            for (Amount a : found) {
                assertTrue(a.span().start() >= end && a.span().end() <= to && a.value().signum() >= 0, where);
                assertTrue(a.currency().matches("[A-Z]{3}"), where);
                end = a.span().end();
            }
        }
    }
}
