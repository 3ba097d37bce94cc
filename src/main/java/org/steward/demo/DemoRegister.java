package org.steward.demo;

import static org.steward.register.ApprovalStatus.APPROVED;
import static org.steward.register.ApprovalStatus.CHANGES_REQUESTED;
import static org.steward.register.ApprovalStatus.DEPLOYED;
import static org.steward.register.ApprovalStatus.DRAFT;
import static org.steward.register.ApprovalStatus.REJECTED;
import static org.steward.register.ApprovalStatus.RETIRED;
import static org.steward.register.ApprovalStatus.SUBMITTED;
import static org.steward.register.ApprovalStatus.SUSPENDED;
import static org.steward.register.EuRiskCategory.HIGH;
import static org.steward.register.EuRiskCategory.LIMITED;
import static org.steward.register.EuRiskCategory.MINIMAL;
import static org.steward.register.KpiDirection.HIGHER_IS_BETTER;
import static org.steward.register.KpiDirection.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.util.List;
import org.steward.register.ApprovalStatus;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;

/** The demo models: credit, churn, fraud, demand forecasting, medical triage and HR screening. */
final class DemoRegister {

    record DemoVersion(String label, String algorithm, String framework, int trainedDaysAgo, ApprovalStatus status) {
    }

    record DemoModel(String name, String domain, String owner, String team, String description,
                     BusinessObjective objective, List<Kpi> kpis, EuRiskCategory eu, InternalRiskTier tier,
                     String justification, String intendedUse, String outOfScope, List<String> tags,
                     int reviewInDays, List<DemoVersion> versions) {
    }

    private static Kpi kpi(String name, String unit, String target, KpiDirection direction) {
        return new Kpi(name, unit, new BigDecimal(target), direction);
    }

    private static DemoVersion v(String label, String algorithm, String framework, int days, ApprovalStatus status) {
        return new DemoVersion(label, algorithm, framework, days, status);
    }

    static final List<DemoModel> MODELS = List.of(
            new DemoModel("Retail credit scoring", "credit", "owner", "Credit Analytics",
                    "Scores consumer loan applications for probability of default within 12 months.",
                    new BusinessObjective("Manual underwriting is slow and inconsistent across branches.",
                            "Approve, refer or decline a consumer loan application.",
                            "Loan applicants, underwriters, the credit risk committee."),
                    List.of(kpi("Default rate of approved loans", "%", "2.5", LOWER_IS_BETTER),
                            kpi("Straight-through approvals", "%", "60", HIGHER_IS_BETTER)),
                    HIGH, InternalRiskTier.HIGH,
                    "Creditworthiness assessment of natural persons is listed in Annex III of the EU AI Act.",
                    "Decision support for consumer loans up to 50,000 EUR.",
                    "Mortgages, business lending, applicants under 18.",
                    List.of("credit", "annex-iii"), 45,
                    List.of(v("1.0.0", "Logistic regression", "scikit-learn 1.4", 420, RETIRED),
                            v("1.1.0", "Gradient boosting", "XGBoost 2.0", 190, DEPLOYED),
                            v("1.2.0", "Gradient boosting", "XGBoost 2.1", 20, SUBMITTED))),
            new DemoModel("SME loan default", "credit", "owner", "Credit Analytics",
                    "Predicts default of small-business loans from financial statements and payment history.",
                    new BusinessObjective("Relationship managers lack an early, comparable view of SME risk.",
                            "Price and limit SME credit lines.", "Small businesses and their owners."),
                    List.of(kpi("Expected loss", "EUR m", "4.0", LOWER_IS_BETTER)),
                    HIGH, InternalRiskTier.HIGH,
                    "Credit decisions with material financial impact on businesses owned by natural persons.",
                    "Annual review and pricing of SME credit lines.", "Start-ups with less than one year of accounts.",
                    List.of("credit", "sme"), 120,
                    List.of(v("0.9.0", "Random forest", "Spark MLlib 3.5", 300, APPROVED),
                            v("1.0.0", "LightGBM", "LightGBM 4.3", 60, DRAFT))),
            new DemoModel("Credit limit optimiser", "credit", "owner2", "Cards Decisioning",
                    "Recommends credit-card limit increases that keep risk within appetite.",
                    new BusinessObjective("Limit increases are offered to the wrong customers.",
                            "Offer a limit increase or not.", "Credit-card holders."),
                    List.of(kpi("Revenue per account", "EUR", "85", HIGHER_IS_BETTER)),
                    HIGH, InternalRiskTier.MEDIUM,
                    "Affects access to credit, but only for existing customers with human review of large changes.",
                    "Proactive limit increases for existing card holders.", "New applicants; limit decreases.",
                    List.of("credit", "cards"), 200,
                    List.of(v("2.0.0", "Uplift model (two-model approach)", "scikit-learn 1.5", 80, DEPLOYED))),
            new DemoModel("Telecom churn propensity", "churn", "owner2", "Customer Insights",
                    "Ranks mobile subscribers by their likelihood to cancel in the next 60 days.",
                    new BusinessObjective("Retention budget is spread evenly instead of where churn is likely.",
                            "Whom to call with a retention offer.", "Mobile subscribers; retention agents."),
                    List.of(kpi("Monthly churn", "%", "1.8", LOWER_IS_BETTER),
                            kpi("Retention offer acceptance", "%", "25", HIGHER_IS_BETTER)),
                    MINIMAL, InternalRiskTier.LOW,
                    "Marketing prioritisation with no legal or similarly significant effect on customers.",
                    "Prioritising retention campaigns.", "Pricing or contract terms for individual customers.",
                    List.of("churn", "marketing"), 300,
                    List.of(v("3.0.0", "Gradient boosting", "CatBoost 1.2", 150, DEPLOYED),
                            v("3.1.0", "Gradient boosting", "CatBoost 1.2", 10, DRAFT),
                            v("3.2.0", "Gradient boosting with tenure features", "CatBoost 1.2", 5,
                                    CHANGES_REQUESTED))),
            new DemoModel("Subscription churn uplift", "churn", "owner2", "Customer Insights",
                    "Estimates how much a retention offer changes a streaming subscriber's churn probability.",
                    new BusinessObjective("Offers go to customers who would have stayed anyway.",
                            "Which subscribers receive a discount offer.", "Streaming subscribers."),
                    List.of(kpi("Incremental retained subscribers", "per month", "1200", HIGHER_IS_BETTER)),
                    MINIMAL, InternalRiskTier.MEDIUM,
                    "Discount targeting may treat customer groups differently; monitored for fairness.",
                    "Targeting of retention discounts.", "Anything outside the streaming product.",
                    List.of("churn", "uplift"), -10,
                    List.of(v("1.0.0", "Causal forest", "EconML 0.15", 200, APPROVED),
                            v("1.1.0", "Causal forest", "EconML 0.15", 30, REJECTED))),
            new DemoModel("Card fraud detection", "fraud", "owner", "Financial Crime Analytics",
                    "Scores card transactions in real time for likelihood of fraud.",
                    new BusinessObjective("Fraud losses rise while rules block too many genuine payments.",
                            "Approve, challenge (3-D Secure) or block a card payment.", "Card holders and merchants."),
                    List.of(kpi("Fraud loss", "bps of volume", "6", LOWER_IS_BETTER),
                            kpi("False positive rate", "%", "0.5", LOWER_IS_BETTER)),
                    MINIMAL, InternalRiskTier.HIGH,
                    "Fraud detection is excluded from Annex III, but wrong blocks hurt customers at scale.",
                    "Real-time scoring of card-present and e-commerce payments.", "Account opening decisions.",
                    List.of("fraud", "real-time"), 60,
                    List.of(v("4.2.0", "Gradient boosting", "XGBoost 2.0", 100, DEPLOYED),
                            v("4.3.0", "Graph neural network", "PyTorch Geometric 2.5", 15, SUBMITTED))),
            new DemoModel("Insurance claims fraud", "fraud", "owner", "Claims Analytics",
                    "Flags motor insurance claims for review by the special investigations unit.",
                    new BusinessObjective("Investigators review claims at random.",
                            "Whether a claim is referred for investigation.", "Policy holders making claims."),
                    List.of(kpi("Hit rate of referrals", "%", "30", HIGHER_IS_BETTER)),
                    LIMITED, InternalRiskTier.HIGH,
                    "A referral delays payment to the claimant; a human investigator always decides.",
                    "Referral of motor claims for investigation.", "Automatic claim denial.",
                    List.of("fraud", "insurance"), 90,
                    List.of(v("1.0.0", "Isolation forest + rules", "scikit-learn 1.4", 250, APPROVED))),
            new DemoModel("AML transaction monitoring", "fraud", "owner2", "Financial Crime Analytics",
                    "Prioritises anti-money-laundering alerts for analysts.",
                    new BusinessObjective("Analysts drown in false-positive AML alerts.",
                            "Order in which alerts are investigated.", "Customers whose transactions raise alerts."),
                    List.of(kpi("Alerts closed per analyst day", "alerts", "40", HIGHER_IS_BETTER)),
                    MINIMAL, InternalRiskTier.HIGH,
                    "Regulatory obligation; missed laundering has severe consequences.",
                    "Alert prioritisation only; no alert is closed automatically.", "Customer exit decisions.",
                    List.of("fraud", "aml"), 30,
                    List.of(v("0.1.0", "Gradient boosting", "LightGBM 4.1", 40, DRAFT))),
            new DemoModel("Store demand forecast", "demand forecasting", "owner2", "Supply Chain Science",
                    "Forecasts daily unit sales per store and product for replenishment.",
                    new BusinessObjective("Stores run out of fresh products and waste what is over-ordered.",
                            "Daily order quantities.", "Store staff and suppliers."),
                    List.of(kpi("Forecast error (WAPE)", "%", "18", LOWER_IS_BETTER),
                            kpi("Fresh food waste", "% of sales", "3", LOWER_IS_BETTER)),
                    MINIMAL, InternalRiskTier.LOW,
                    "No decisions about people; errors cost money, not rights.",
                    "Replenishment of 40,000 products in 600 stores.", "Promotions planning.",
                    List.of("forecasting", "retail"), 250,
                    List.of(v("4.0.0", "Gradient boosting", "LightGBM 3.3", 400, SUSPENDED),
                            v("5.0.0", "Temporal fusion transformer", "PyTorch Forecasting 1.0", 120, DEPLOYED),
                            v("5.1.0", "LightGBM global model", "LightGBM 4.3", 25, APPROVED))),
            new DemoModel("Energy load forecast", "demand forecasting", "owner", "Grid Analytics",
                    "Forecasts regional electricity demand 48 hours ahead.",
                    new BusinessObjective("Balancing costs are high when demand is mis-forecast.",
                            "Day-ahead energy purchases.", "Grid operator, energy traders."),
                    List.of(kpi("MAPE day-ahead", "%", "3.5", LOWER_IS_BETTER)),
                    MINIMAL, InternalRiskTier.MEDIUM,
                    "Critical infrastructure supply planning, but no safety component.",
                    "Day-ahead purchasing.", "Real-time grid control.",
                    List.of("forecasting", "energy"), 150,
                    List.of(v("2.3.0", "Gradient boosting + weather features", "XGBoost 1.7", 500, RETIRED),
                            v("3.0.0", "N-BEATS", "Darts 0.27", 70, DEPLOYED))),
            new DemoModel("Emergency department triage", "medical triage", "owner", "Clinical AI",
                    "Suggests a triage category for patients arriving at the emergency department.",
                    new BusinessObjective("Triage waits are long and categories vary between nurses.",
                            "Supports the nurse's triage category (the nurse decides).",
                            "Patients arriving at the emergency department; triage nurses."),
                    List.of(kpi("Under-triage rate", "%", "1", LOWER_IS_BETTER),
                            kpi("Time to triage", "minutes", "10", LOWER_IS_BETTER)),
                    HIGH, InternalRiskTier.HIGH,
                    "Emergency triage of patients is listed in Annex III; errors can cause harm.",
                    "Adult patients in the emergency department, as decision support.",
                    "Paediatric patients; use without a triage nurse.",
                    List.of("health", "annex-iii"), 20,
                    List.of(v("0.8.0", "Gradient boosting", "XGBoost 2.0", 160, REJECTED),
                            v("1.0.0", "Gradient boosting, monotone constraints", "XGBoost 2.1", 35, SUBMITTED))),
            new DemoModel("Sepsis early warning", "medical triage", "owner2", "Clinical AI",
                    "Warns ward staff of patients at risk of developing sepsis within 6 hours.",
                    new BusinessObjective("Sepsis is recognised too late on general wards.",
                            "Whether a rapid-response team reviews a patient.", "Ward patients and clinicians."),
                    List.of(kpi("Sensitivity at 6 h", "%", "80", HIGHER_IS_BETTER)),
                    HIGH, InternalRiskTier.HIGH,
                    "Clinical decision support influencing urgent care; a medical device in the EU.",
                    "Adult inpatients on general wards.", "Intensive care, paediatrics.",
                    List.of("health", "medical-device"), 100,
                    List.of(v("2.0.0", "Recurrent neural network", "PyTorch 2.2", 220, DEPLOYED))),
            new DemoModel("CV screening ranker", "HR screening", "owner", "People Analytics",
                    "Ranks job applications for a recruiter's first review.",
                    new BusinessObjective("Recruiters cannot read every application for high-volume roles.",
                            "Order of applications in the recruiter's queue.", "Job applicants, recruiters."),
                    List.of(kpi("Time to shortlist", "days", "5", LOWER_IS_BETTER),
                            kpi("Hires from top-50 ranked", "%", "70", HIGHER_IS_BETTER)),
                    HIGH, InternalRiskTier.HIGH,
                    "Recruitment and selection of natural persons is listed in Annex III.",
                    "Ordering, never rejecting, applications for graduate programmes.",
                    "Automatic rejection; internal promotions.",
                    List.of("hr", "annex-iii", "fairness"), 10,
                    List.of(v("0.5.0", "Fine-tuned text classifier", "Hugging Face Transformers 4.40", 90, DRAFT))),
            new DemoModel("Employee attrition risk", "HR screening", "owner2", "People Analytics",
                    "Estimates the risk that an employee leaves within a year, for workforce planning.",
                    new BusinessObjective("Unplanned departures disrupt critical teams.",
                            "Where to focus retention conversations.", "Employees and their managers."),
                    List.of(kpi("Regretted attrition", "%", "6", LOWER_IS_BETTER)),
                    HIGH, InternalRiskTier.MEDIUM,
                    "Used in employment relationships (Annex III), aggregated to team level only.",
                    "Team-level workforce planning.", "Decisions about individual employees.",
                    List.of("hr"), 180,
                    List.of(v("1.0.0", "Survival model (Cox)", "lifelines 0.28", 130, APPROVED))));

    private DemoRegister() {
    }
}
