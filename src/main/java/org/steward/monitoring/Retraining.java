package org.steward.monitoring;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.monitoring.MonitoringEvent.RetrainingReported;
import org.steward.register.ModelRegister;

/**
 * The outcome of retraining requests, tracked back: the model's pipeline (a developer's token with
 * {@code monitoring:write}) reports that it accepted, started, completed (naming the version it registered), failed or
 * declined the request of an alert. Each report is appended and recorded in the ledger.
 */
@Service
@Transactional
public class Retraining {

    private final Alerts alerts;
    private final RetrainingReports reports;
    private final ModelRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Retraining(Alerts alerts, RetrainingReports reports, ModelRegister register, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.reports = reports;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public RetrainingReportView report(long alertId, @Nullable RetrainingState state, @Nullable String versionLabel,
                                       @Nullable String note) {
        var alert = alerts.require(alertId);
        register.get(alert.modelId());
        if (!alert.retrainingRequested()) {
            throw new ConflictException("Alert " + alertId + " did not request retraining; there is nothing to "
                    + "report on.");
        }
        var errors = new LinkedHashMap<String, String>();
        var label = versionLabel == null ? "" : versionLabel.strip();
        var text = note == null ? "" : note.strip();
        if (state == null) {
            errors.put("state", "one of ACCEPTED, STARTED, COMPLETED, FAILED, DECLINED");
        } else if (state == RetrainingState.COMPLETED && label.isEmpty()) {
            errors.put("version", "name the version the retraining registered");
        }
        if (!label.isEmpty() && !registered(alert.modelId(), label)) {
            errors.put("version", "version '" + label + "' is not registered for this model; register it first");
        }
        if (text.length() > RetrainingReport.NOTE_MAX) {
            errors.put("note", "at most " + RetrainingReport.NOTE_MAX + " characters");
        }
        Validation.throwIfAny(errors);
        var last = reports.findFirstByAlertIdOrderByIdDesc(alertId);
        if (last.isPresent() && !last.get().state().next().contains(state)) {
            var from = last.get().state();
            throw new ConflictException("The retraining of alert " + alertId + " is " + from + (from.terminal()
                    ? "; it takes no further report." : "; it can go on to " + from.next() + ", not " + state + "."));
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var actor = currentUser.username();
        var saved = reports.saveAndFlush(new RetrainingReport(alertId, alert.modelId(), state,
                label.isEmpty() ? null : label, text.isEmpty() ? null : text, actor, at));
        events.publishEvent(new RetrainingReported(alert.modelId(), alertId, state, label, text, actor, at));
        return saved.view();
    }

    private boolean registered(long modelId, String label) {
        try {
            register.version(modelId, label);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The reports on an alert's retraining request, oldest first. */
    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public List<RetrainingReportView> reports(long alertId) {
        var alert = alerts.require(alertId);
        register.get(alert.modelId());
        return reports.findByAlertIdOrderByIdAsc(alertId).stream().map(RetrainingReport::view).toList();
    }

    /** The latest report per alert of these alerts (alerts without a report are absent). */
    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public Map<Long, RetrainingReportView> latest(List<AlertView> of) {
        var result = new HashMap<Long, RetrainingReportView>();
        if (!of.isEmpty()) {
            reports.findByAlertIdInOrderByIdAsc(of.stream().map(AlertView::id).toList()).stream()
                    .map(RetrainingReport::view).forEach(r -> result.put(r.alertId(), r));
        }
        return result;
    }
}
