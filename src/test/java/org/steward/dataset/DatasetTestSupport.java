package org.steward.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;

/**
 * Shared set-up of the dataset service and API tests: one context with the test analyses, fresh models and
 * versions registered by the demo developer, files in a temporary folder, and row counts of both tables.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAnalyses.class)
public abstract class DatasetTestSupport {

    @Autowired
    protected RunAs runAs;

    @Autowired
    protected ModelRegister register;

    @Autowired
    protected Datasets datasets;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestAnalyses.Recording recording;

    @Autowired
    protected TestAnalyses.Failing failing;

    protected Path dir;

    @BeforeEach
    void createFolder() throws IOException {
        dir = Files.createTempDirectory("dataset-test");
    }

    @AfterEach
    void removeFolder() throws IOException {
        failing.armFor(null);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    protected <T> T as(String username, Role role, Supplier<T> action) {
        return runAs.call(username, Set.of(role), action);
    }

    protected <T> T asDev(Supplier<T> action) {
        return as("dev", Role.MODEL_DEVELOPER, action);
    }

    /** A fresh model with a draft version {@code 1.0.0}, registered by the demo developer. */
    protected ModelView modelWithVersion() {
        return modelWithVersions("1.0.0");
    }

    protected ModelView modelWithVersions(String... labels) {
        return asDev(() -> {
            var model = register.register(new ModelDetails("Dataset test " + UUID.randomUUID().toString().substring(0, 8),
                    "Created by the dataset tests.", "testing", "owner", null, BusinessObjective.EMPTY, List.of(),
                    EuRiskCategory.MINIMAL, InternalRiskTier.LOW, "Only test data.", null, null, List.of("test"),
                    null));
            for (var label : labels) {
                register.registerVersion(model.id(), new VersionDetails(label, "Logistic regression", null, null,
                        null, null, null, null, null, null, Stage.DEVELOPMENT));
            }
            return model;
        });
    }

    protected Path file(String name, String text) {
        return SampleCsv.write(dir, name, text);
    }

    /** Rows in the dataset table and in the dataset_content table. */
    protected List<Long> stored() {
        return List.of(jdbc.queryForObject("select count(*) from dataset", Long.class),
                jdbc.queryForObject("select count(*) from dataset_content", Long.class));
    }

    protected static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
