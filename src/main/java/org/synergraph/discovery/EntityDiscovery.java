package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;
import org.synergraph.extract.CountryNames;
import org.synergraph.extract.Entity;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.Mention;
import org.synergraph.extract.MentionFinder;

/**
 * Runs the discovery constructions over one document's passages (headings excepted), merges what they read with the
 * gazetteer (a name or acronym it knows is a mention of the known entity) and with itself (one entity per normalised
 * name), and finds every discovered name and acronym in the whole document. Discovered mentions never overlap known
 * ones, except that a known name a discovered one begins with (联合国 in 联合国中央应急反应基金) gives way to it.
 */
public final class EntityDiscovery {
    private static final CountryNames NO_COUNTRIES = new CountryNames(List.of(), List.of());
    private final KnownNames known;
    private final List<PassageReader> readers;
    private final List<DiscoveryCatalogue> catalogues;

    private EntityDiscovery(KnownNames known, List<PassageReader> readers, List<DiscoveryCatalogue> catalogues) {
        this.known = known;
        this.readers = readers;
        this.catalogues = catalogues;
    }

    /** What discovery made of a document: new entities, the gazetteer extended by them, all mentions by passage id. */
    public record Result(List<DiscoveredEntity> entities, Gazetteer gazetteer, Map<String, List<Mention>> mentions) {
    }

    /** Discovery with the bundled Chinese and English catalogues. */
    public static EntityDiscovery load(Resources resources, Gazetteer gazetteer) {
        return of(gazetteer, List.of(DiscoveryCatalogue.load(resources, "zh"), DiscoveryCatalogue.load(resources, "en")));
    }

    public static EntityDiscovery of(Gazetteer gazetteer, List<DiscoveryCatalogue> catalogues) {
        KnownNames known = new KnownNames(gazetteer);
        return new EntityDiscovery(known, catalogues.stream().map(c -> new PassageReader(c, known)).toList(),
                List.copyOf(catalogues));
    }

    /** Discovers nothing: the known mentions and the gazetteer as they are. */
    public static EntityDiscovery none(Gazetteer gazetteer) {
        return new EntityDiscovery(new KnownNames(gazetteer), List.of(), List.of());
    }

    public Result discover(List<Passage> passages, Function<Passage, List<Mention>> knownMentions) {
        return discover(passages, knownMentions, null);
    }

    /**
     * Discovery in a meeting report whose meeting body is known (null when it is not): its organs named by their
     * kind alone are discovered as that body's organs.
     */
    public Result discover(List<Passage> passages, Function<Passage, List<Mention>> knownMentions, Entity meetingBody) {
        List<OrganNames> organs = meetingBody == null ? List.of()
                : catalogues.stream().map(c -> new OrganNames(c, meetingBody)).toList();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, List<Mention>> knownHits = new LinkedHashMap<>();
        for (Passage p : passages) {
            List<Candidate> found = candidates(p, knownMentions.apply(p), organs);
            if (p.kind() == PassageKind.HEADING) {
                found = found.stream().filter(c -> isWholeHeading(p.text(), c)).toList();
            }
            for (Candidate c : found) {
                String owner = known.owner(c.name())
                        .or(() -> c.acronym() == null ? java.util.Optional.empty() : known.owner(c.acronym()))
                        .orElse(null);
                if (owner != null) {
                    if (!owner.equals(KnownNames.BLOCKER)) {
                        knownHits.computeIfAbsent(p.id(), k -> new ArrayList<>())
                                .add(new Mention(owner, c.start(), c.end(), p.text().substring(c.start(), c.end())));
                    }
                    continue;
                }
                drafts.computeIfAbsent(KnownNames.normalise(c.name()), k -> new Draft(c, p.id())).add(c);
            }
        }
        List<DiscoveredEntity> entities = entities(drafts.values());
        if (entities.isEmpty() && knownHits.isEmpty()) {
            Map<String, List<Mention>> same = new LinkedHashMap<>();
            passages.forEach(p -> same.put(p.id(), knownMentions.apply(p)));
            return new Result(List.of(), known.gazetteer(), same);
        }
        List<Entity> plain = entities.stream().map(DiscoveredEntity::entity).toList();
        MentionFinder finder = MentionFinder.of(Gazetteer.of(plain, NO_COUNTRIES));
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Passage p : passages) {
            List<Mention> found = new ArrayList<>(plain.isEmpty() ? List.of() : finder.find(p.text()));
            found.addAll(knownHits.getOrDefault(p.id(), List.of()));
            mentions.put(p.id(), merged(knownMentions.apply(p), found));
        }
        return new Result(entities, known.gazetteer().plus(plain), mentions);
    }

    /**
     * A heading gives a name only when it is nothing but that name, perhaps with a code or a date in brackets
     * ("政府间…技术工作组 (AGP-813)"): a heading that says more is a title, whose words are not a name.
     */
    private static boolean isWholeHeading(String heading, Candidate c) {
        String rest = (heading.substring(0, c.start()) + heading.substring(c.end()))
                .replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s\\d.:：-]", "");
        return rest.isEmpty();
    }

    private List<Candidate> candidates(Passage p, List<Mention> mentions, List<OrganNames> organs) {
        List<Candidate> all = new ArrayList<>();
        organs.forEach(o -> all.addAll(o.find(p.text(), mentions)));
        readers.forEach(r -> all.addAll(r.read(p.text(), mentions)));
        all.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** Entities from the drafts, dropping forms a known entity, a blocker or an earlier discovered entity holds. */
    private List<DiscoveredEntity> entities(Iterable<Draft> drafts) {
        Set<String> taken = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<DiscoveredEntity> out = new ArrayList<>();
        for (Draft d : drafts) {
            Candidate first = d.first;
            String id = DiscoveredIds.of(first.type(), first.name());
            if (!ids.add(id) || !taken.add(KnownNames.normalise(first.name()))) {
                continue;
            }
            String acronym = d.acronym();
            if (acronym != null && (known.owner(acronym).isPresent() || !taken.add(KnownNames.normalise(acronym)))) {
                acronym = null;
            }
            out.add(new DiscoveredEntity(d.entity(id, acronym), d.passageId, d.construction()));
        }
        return out;
    }

    /** Known mentions a discovered name contains give way to it; discovered ones overlapping a known one are dropped. */
    static List<Mention> merged(List<Mention> known, List<Mention> discovered) {
        List<Mention> kept = new ArrayList<>(known);
        kept.removeIf(k -> discovered.stream().anyMatch(d -> d.start() <= k.start() && k.end() <= d.end()
                && d.end() - d.start() > k.end() - k.start()));
        List<Mention> out = new ArrayList<>(kept);
        for (Mention d : discovered) {
            if (kept.stream().noneMatch(k -> k.start() < d.end() && d.start() < k.end())
                    && out.stream().noneMatch(o -> o != d && o.start() < d.end() && d.start() < o.end())) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** The occurrences of one normalised name in a document. */
    private static final class Draft {
        private final Candidate first;
        private final String passageId;
        private final List<Candidate> all = new ArrayList<>();

        Draft(Candidate first, String passageId) {
            this.first = first;
            this.passageId = passageId;
        }

        void add(Candidate c) {
            all.add(c);
        }

        String acronym() {
            return all.stream().map(Candidate::acronym).filter(a -> a != null).findFirst().orElse(null);
        }

        String construction() {
            return all.stream().map(Candidate::construction).filter("acronym"::equals).findFirst()
                    .orElse(first.construction());
        }

        Entity entity(String id, String acronym) {
            String partOf = all.stream().map(Candidate::partOf).filter(x -> x != null).findFirst().orElse(null);
            boolean chinese = first.name().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean latinAcronym = acronym != null && acronym.chars().noneMatch(c -> c > 0x7F);
            List<String> aliasesEn = acronym != null && latinAcronym ? List.of(acronym) : List.of();
            List<String> aliasesZh = acronym != null && !latinAcronym ? List.of(acronym) : List.of();
            return new Entity(id, first.type(), chinese ? null : first.name(), chinese ? first.name() : null,
                    aliasesEn, aliasesZh, null, null, "discovered (" + construction() + ")",
                    partOf);
        }
    }
}
