package dev.sitrep.cli;

import dev.sitrep.model.EntityType;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep actors}: people, organisations and countries by how often they are mentioned. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"People, organisations, countries by mentions; or one actor's roles over time.",
                "People come with every title and affiliation the articles gave them, organisations and countries "
                        + "with their codes. With --roles: one actor's titles and affiliations article by article, "
                        + "oldest first."},
        footer = {"", "Examples:",
                "  sitrep actors --kind PERSON",
                "  sitrep actors --name minister --limit 10",
                "  sitrep actors --roles 'person:oleh savchuk'",
                "  sitrep actors --roles Savchuk      a name works too: the most mentioned actor it matches",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class ActorsCommand extends TableCommand {

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    EntityType kind;

    @Option(names = "--name", paramLabel = "A",
            description = "Only actors with this code (UKR, NATO) or actor id, else whose name contains these words.")
    String name;

    @Option(names = "--roles", paramLabel = "ACTOR",
            description = "Show this actor's titles and affiliations over time (an actor id, code or name).")
    String roles;

    @Mixin
    PageOptions page;

    @Override
    void validate() {
        requireText(name, "--name");
        requireText(roles, "--roles");
        if (roles != null && (kind != null || name != null)) {
            throw usage("--roles shows one actor and takes no --kind or --name");
        }
        page.validate();
    }

    @Override
    List<Answer> query(Queries queries) {
        if (roles != null) {
            List<String> ids = queries.actorIds(roles);
            String id = ids.isEmpty() ? roles.strip() : ids.get(0);
            if (!id.equals(roles.strip())) {
                spec.commandLine().getErr().println("sitrep: roles of " + id + (ids.size() > 1 ? " (the most "
                        + "mentioned of " + ids.size() + " actors matching '" + roles.strip() + "')" : ""));
            }
            return List.of(Answer.of(page.of(queries.actorRoles(id)),
                    List.of("day", "titles", "affiliation", "title"), page));
        }
        Filter f = new Filter(name, null, null, kind == null ? null : kind.name(), null, null, null, null,
                page.limit, page.offset);
        return List.of(Answer.of(queries.actors(f), List.of(), page));
    }
}
