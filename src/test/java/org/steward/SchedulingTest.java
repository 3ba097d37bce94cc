package org.steward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** With several nodes on one database, each scheduled job runs on one node at a time (scripts/faults shows it). */
@AnalyzeClasses(packages = "org.steward", importOptions = ArchitectureTest.MainClassesOnly.class)
class SchedulingTest {

    @ArchTest
    static final ArchRule every_scheduled_job_holds_a_database_lock = methods()
            .that().areAnnotatedWith(Scheduled.class)
            .should().beAnnotatedWith(SchedulerLock.class);
}
