package org.steward.compliance.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a framework's data file (YAML, see docs/compliance.md) and checks it completely: a file with any mistake is
 * refused with every problem named, so that a broken checklist never half-loads.
 */
public final class FrameworkFile {

    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int TITLE_MAX = 200;
    static final int SHORT_MAX = 40;
    static final int REFERENCE_MAX = 60;
    static final int TEXT_MAX = 2000;
    static final int MAX_DAYS = 1825;
    private static final Set<Role> ATTESTERS = EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FrameworkFile() {
    }

    record RawApplies(@Nullable String when, @Nullable Boolean all, @Nullable List<String> euRiskCategories,
                      @Nullable List<String> internalRiskTiers, @Nullable List<String> domains) {
    }

    record RawRequirement(@Nullable String code, @Nullable String reference, @Nullable String title,
                          @Nullable String text, @Nullable List<String> rules, @Nullable Boolean manual,
                          @Nullable String attester, @Nullable Integer attestationDays) {
    }

    record Raw(@Nullable String code, @Nullable Integer revision, @Nullable String title, @Nullable String shortTitle,
               @Nullable String edition,
               @Nullable String source, @Nullable String summary, @Nullable Integer attestationDays,
               @Nullable RawApplies applies, @Nullable List<RawRequirement> requirements) {
    }

    /** The framework in {@code text}; {@code name} (e.g. the file name) only labels the error message. */
    public static Framework parse(String name, String text) {
        Raw raw;
        try {
            raw = YAML.readValue(text, Raw.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + " is not a valid framework file: " + e.getOriginalMessage());
        }
        if (raw == null) {
            throw new IllegalArgumentException(name + " is not a valid framework file: it is empty");
        }
        var errors = new ArrayList<String>();
        var code = text(raw.code(), "code", 40, errors);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            errors.add("code '" + code + "' must be lower-case letters, digits and dashes");
        }
        var revision = raw.revision() == null ? 0 : raw.revision();
        if (revision < 1) {
            errors.add("revision must be a whole number of 1 or more");
        }
        var title = text(raw.title(), "title", TITLE_MAX, errors);
        var shortTitle = raw.shortTitle() == null ? title : text(raw.shortTitle(), "shortTitle", SHORT_MAX, errors);
        var edition = text(raw.edition(), "edition", TITLE_MAX, errors);
        var source = text(raw.source(), "source", TEXT_MAX, errors);
        var summary = text(raw.summary(), "summary", TEXT_MAX, errors);
        var days = days(raw.attestationDays(), 365, "attestationDays", errors);
        var applies = applies(raw.applies(), errors);
        var requirements = new ArrayList<Requirement>();
        var codes = new HashSet<String>();
        var rawRequirements = raw.requirements() == null ? List.<RawRequirement>of() : raw.requirements();
        if (rawRequirements.isEmpty()) {
            errors.add("requirements: list at least one");
        }
        for (int i = 0; i < rawRequirements.size(); i++) {
            var r = rawRequirements.get(i);
            var where = "requirement " + (r == null || r.code() == null ? "#" + (i + 1) : r.code());
            if (r == null) {
                errors.add(where + " is empty");
                continue;
            }
            var requirement = requirement(r, where, days, errors);
            if (requirement != null && !codes.add(requirement.code())) {
                errors.add(where + ": the code is used twice");
            }
            if (requirement != null) {
                requirements.add(requirement);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(name + " is not a valid framework file: " + String.join("; ", errors));
        }
        return new Framework(code, revision, title, shortTitle, edition, source, summary, days, applies,
                requirements);
    }

    private static @Nullable Requirement requirement(RawRequirement r, String where, int defaultDays,
                                                     List<String> errors) {
        var before = errors.size();
        var code = text(r.code(), where + ": code", 40, errors);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            errors.add(where + ": code must be lower-case letters, digits and dashes");
        }
        var reference = text(r.reference(), where + ": reference", REFERENCE_MAX, errors);
        var title = text(r.title(), where + ": title", TITLE_MAX, errors);
        var text = text(r.text(), where + ": text", TEXT_MAX, errors);
        if (r.rules() == null) {
            errors.add(where + ": rules is missing (write [] for a requirement that can only be attested)");
        }
        var rules = new ArrayList<EvidenceRule>();
        for (var name : r.rules() == null ? List.<String>of() : r.rules()) {
            try {
                rules.add(EvidenceRule.valueOf(name == null ? "" : name.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(where + ": unknown rule '" + name + "' (known: " + Arrays.stream(EvidenceRule.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + ")");
            }
        }
        var manual = r.manual() == null || r.manual();
        Role attester = null;
        if (r.attester() != null) {
            try {
                attester = Role.valueOf(r.attester().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(where + ": unknown attester role '" + r.attester() + "'");
            }
            if (attester != null && !ATTESTERS.contains(attester)) {
                errors.add(where + ": the attester must be RISK_OFFICER or BUSINESS_OWNER, not " + attester);
            }
        }
        if (manual && r.attester() == null) {
            errors.add(where + ": name the attester (RISK_OFFICER or BUSINESS_OWNER), or set manual: false");
        }
        if (!manual && r.attester() != null) {
            errors.add(where + ": an attester makes no sense with manual: false");
        }
        if (!manual && rules.isEmpty() && r.rules() != null) {
            errors.add(where + ": with no rules and manual: false it could never be met");
        }
        var days = days(r.attestationDays(), defaultDays, where + ": attestationDays", errors);
        return errors.size() > before ? null
                : new Requirement(code, reference, title, text, rules, manual, manual ? attester : null, days);
    }

    private static Applicability applies(@Nullable RawApplies a, List<String> errors) {
        if (a == null) {
            errors.add("applies: say which models the framework applies to");
            return new Applicability("", false, Set.of(), Set.of(), Set.of());
        }
        var when = text(a.when(), "applies.when", TEXT_MAX, errors);
        var eu = EnumSet.noneOf(EuRiskCategory.class);
        for (var name : a.euRiskCategories() == null ? List.<String>of() : a.euRiskCategories()) {
            try {
                eu.add(EuRiskCategory.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("applies.euRiskCategories: unknown category '" + name + "' (known: "
                        + Arrays.toString(EuRiskCategory.values()) + ")");
            }
        }
        var tiers = EnumSet.noneOf(InternalRiskTier.class);
        for (var name : a.internalRiskTiers() == null ? List.<String>of() : a.internalRiskTiers()) {
            try {
                tiers.add(InternalRiskTier.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("applies.internalRiskTiers: unknown tier '" + name + "' (known: "
                        + Arrays.toString(InternalRiskTier.values()) + ")");
            }
        }
        var domains = new HashSet<String>();
        for (var d : a.domains() == null ? List.<String>of() : a.domains()) {
            if (d == null || d.isBlank() || !d.strip().matches("[\\p{L}\\p{N}]+")) {
                errors.add("applies.domains: '" + d + "' must be a single word");
            } else {
                domains.add(d);
            }
        }
        var all = a.all() != null && a.all();
        if (!all && eu.isEmpty() && tiers.isEmpty() && domains.isEmpty()) {
            errors.add("applies: set all: true or list euRiskCategories, internalRiskTiers or domains");
        }
        return new Applicability(when, all, eu, tiers, domains);
    }

    private static String text(@Nullable String value, String field, int max, List<String> errors) {
        if (value == null || value.isBlank()) {
            errors.add(field + " is missing");
            return "";
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(field + " is longer than " + max + " characters");
        }
        return stripped;
    }

    private static int days(@Nullable Integer value, int fallback, String field, List<String> errors) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > MAX_DAYS) {
            errors.add(field + " must be between 1 and " + MAX_DAYS);
        }
        return value;
    }
}
