package org.steward.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.base.Sha256;
import org.steward.compliance.ComplianceEvent.FrameworkLoaded;
import org.steward.compliance.check.Framework;
import org.steward.compliance.check.FrameworkFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The framework checklists: at start, reads every data file under {@code steward.compliance.framework-locations},
 * stores each revision not seen before (recorded in the ledger) and refuses to start when a file changed without a
 * new revision. Keeps every stored revision, so that a past day is judged by the revision in force then.
 */
@Component
@Order(1)
class FrameworkCatalogue implements ApplicationRunner {

    static final String DEFAULT_LOCATIONS = "classpath*:compliance/frameworks/*.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(FrameworkCatalogue.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoredFrameworks stored;
    private final TransactionTemplate writing;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<String> locations;
    private volatile @Nullable Catalogue catalogue;

    /** The frameworks of the data files (current) and every stored revision by code, oldest first. */
    private record Catalogue(List<FrameworkRevision> current, Map<String, List<FrameworkRevision>> revisions) {
    }

    /** A data file as read. */
    record DataFile(String name, String text, String sha256) {
    }

    FrameworkCatalogue(StoredFrameworks stored, PlatformTransactionManager transactions,
                       ApplicationEventPublisher events, Clock clock,
                       @Value("${steward.compliance.framework-locations:" + DEFAULT_LOCATIONS + "}") String locations) {
        this.stored = stored;
        this.writing = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.locations = Arrays.stream(locations.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogue();
    }

    /** The frameworks Steward assesses now, in the order of their codes. */
    List<FrameworkRevision> current() {
        return catalogue().current();
    }

    Optional<FrameworkRevision> current(String code) {
        return current().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /**
     * The revision of each current framework in force at {@code at}: the newest loaded by then, or its first
     * revision when the framework was loaded later.
     */
    List<FrameworkRevision> inForceAt(Instant at) {
        var all = catalogue().revisions();
        return current().stream().map(c -> {
            var revisions = all.getOrDefault(c.code(), List.of(c));
            return revisions.stream().filter(r -> !r.loadedAt().isAfter(at)).reduce((a, b) -> b)
                    .orElse(revisions.getFirst());
        }).toList();
    }

    private Catalogue catalogue() {
        var loaded = catalogue;
        if (loaded == null) {
            synchronized (this) {
                loaded = catalogue;
                if (loaded == null) {
                    loaded = load(read());
                    catalogue = loaded;
                }
            }
        }
        return loaded;
    }

    private List<DataFile> read() {
        var resolver = new PathMatchingResourcePatternResolver();
        var files = new ArrayList<DataFile>();
        for (var location : locations) {
            try {
                var resources = resolver.getResources(location);
                Arrays.sort(resources, Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")));
                for (var resource : resources) {
                    files.add(read(resource));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the compliance frameworks at " + location, e);
            }
        }
        return files;
    }

    private static DataFile read(Resource resource) throws IOException {
        var bytes = resource.getContentAsByteArray();
        var name = "compliance/frameworks/" + resource.getFilename();
        return new DataFile(name, new String(bytes, StandardCharsets.UTF_8), Sha256.hex(bytes));
    }

    /** Parses and checks every file, stores new revisions, and reads back the catalogue. */
    Catalogue load(List<DataFile> files) {
        var parsed = new LinkedHashMap<String, Map.Entry<DataFile, Framework>>();
        for (var file : files) {
            var framework = FrameworkFile.parse(file.name(), file.text());
            var twin = parsed.put(framework.code(), Map.entry(file, framework));
            if (twin != null) {
                throw new IllegalStateException("Two framework files have the code '" + framework.code() + "': "
                        + twin.getKey().name() + " and " + file.name() + ".");
            }
        }
        return Objects.requireNonNull(writing.execute(status -> {
            for (var entry : parsed.values()) {
                store(entry.getKey(), entry.getValue());
            }
            var revisions = stored.findAllByOrderByCodeAscRevisionAsc().stream().map(FrameworkCatalogue::revision)
                    .collect(Collectors.groupingBy(FrameworkRevision::code, LinkedHashMap::new, Collectors.toList()));
            var current = parsed.values().stream()
                    .map(e -> revisions.get(e.getValue().code()).stream()
                            .filter(r -> r.framework().revision() == e.getValue().revision()).findFirst().orElseThrow())
                    .sorted(Comparator.comparing(FrameworkRevision::code)).toList();
            return new Catalogue(current, revisions);
        }));
    }

    private void store(DataFile file, Framework framework) {
        var existing = stored.findByCodeAndRevision(framework.code(), framework.revision());
        if (existing.isPresent()) {
            if (!existing.get().contentSha256().equals(file.sha256())) {
                throw new IllegalStateException(file.name() + " changed since revision " + framework.revision()
                        + " was loaded on " + existing.get().loadedAt() + " (SHA-256 "
                        + existing.get().contentSha256().substring(0, 12) + ", now " + file.sha256().substring(0, 12)
                        + "): give the changed checklist a new revision number.");
            }
            return;
        }
        var newest = stored.findFirstByCodeOrderByRevisionDesc(framework.code());
        if (newest.isPresent() && newest.get().revision() > framework.revision()) {
            throw new IllegalStateException(file.name() + " has revision " + framework.revision()
                    + ", older than revision " + newest.get().revision() + " already loaded; revisions only go up.");
        }
        var now = clock.instant();
        stored.save(new StoredFramework(framework.code(), framework.revision(), framework.title(),
                framework.edition(), file.name(), file.sha256(), JSON.writeValueAsString(framework), now));
        events.publishEvent(new FrameworkLoaded(framework.code(), framework.revision(), framework.title(),
                file.name(), file.sha256(), framework.requirements().size(), ComplianceEvent.SYSTEM, now));
        LOG.info("Loaded compliance framework {} revision {} from {}", framework.code(), framework.revision(),
                file.name());
    }

    private static FrameworkRevision revision(StoredFramework f) {
        return new FrameworkRevision(JSON.readValue(f.definition(), Framework.class), f.sourceFile(),
                f.contentSha256(), f.loadedAt());
    }
}
