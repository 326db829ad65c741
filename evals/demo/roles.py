"""Kinds of careers a demo person can have: titles, skills, achievements, summaries.

Achievement templates name skills as `{Canonical}` or `{Canonical|surface words}` and
numbers as `<pct>`, `<num>`, `<k>`, `<ms>`, `<x>`, `<cov>`, `<team>`, `<small>`; the
skills a template names are the only skills it may be used to evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SKILL_MARK = re.compile(r"\{([^{}|]+)(?:\|([^{}]+))?\}")
NUMBER_MARK = re.compile(r"<(pct|num|k|ms|x|cov|team|small)>")
NUMBER_RANGES = (
    ("pct", 12, 65),
    ("num", 3, 40),
    ("k", 20, 900),
    ("ms", 40, 250),
    ("x", 2, 6),
    ("cov", 78, 95),
    ("team", 5, 12),
    ("small", 2, 5),
)


@dataclass(frozen=True)
class Certification:
    """A certificate and the skills holding it implies."""

    name: str
    skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    """One career family: how its people are titled and what they achieve."""

    key: str
    titles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    skills: tuple[str, ...]
    bullets: tuple[str, ...]
    summaries: tuple[str, ...]
    fields: tuple[str, ...]
    certifications: tuple[Certification, ...]
    neighbour: str
    technical: bool = True


def skills_named(template: str) -> frozenset[str]:
    """Canonical skills a template mentions."""
    return frozenset(match.group(1) for match in SKILL_MARK.finditer(template))


GENERIC_TECH_BULLETS = (
    "Mentored <small> junior engineers and ran the team's weekly code review sessions.",
    "Wrote on-call runbooks and led post-incident reviews for the team.",
    "Worked in a cross-functional squad of <team> with design, product and QA.",
    "Interviewed <num> candidates and helped redesign the technical hiring loop.",
    "Gave two internal tech talks and one meetup talk about the team's work.",
    "Paired with product managers to break large projects into two-week milestones.",
    "Cut flaky tests in the main pipeline from dozens a week to almost none.",
    "Wrote design documents for <small> major features and ran their reviews.",
    "Took part in a weekly on-call rotation covering <num> services.",
    "Led a quarterly tech-debt week that closed <num> long-standing issues.",
    "Worked with the security team on a yearly penetration test and fixed every high "
    "finding.",
)
GENERIC_BUSINESS_BULLETS = (
    "Trained <small> new team members and wrote the team's onboarding guide.",
    "Presented results to senior leadership every quarter.",
    "Coordinated a cross-team project with <num> stakeholders across three countries.",
    "Wrote the monthly team newsletter read by <num> colleagues.",
    "Ran weekly check-ins with <small> partner teams to keep priorities aligned.",
    "Documented team processes and halved handover time for new joiners.",
    "Represented the team at two industry conferences.",
)

PROJECT_NAMES = (
    "Trailmap", "Ledgerly", "Pocket Tides", "Quietbox", "Gardenlog", "Night Bus Board",
    "Recipe Scaler", "Shelfie", "Snapgrade", "Airwatch", "Shiftmatch", "Tallyho",
)
PROJECT_PURPOSES = (
    "tracks bike-share availability in real time",
    "splits shared household bills between flatmates",
    "turns bus timetables into a wall display",
    "scales recipes and converts units",
    "finds quiet study spots on campus",
    "visualises local air-quality data",
    "matches volunteers with food-bank shifts",
    "keeps score for five-a-side football leagues",
)
PROJECT_TEMPLATES = (
    "Side project: an app that {purpose}, built with {s1} and {s2}.",
    "Open-source tool that {purpose}; written in {s1}, <num> contributors.",
    "Hackathon winner: a prototype that {purpose}, built in 48 hours with {s1}.",
    "Volunteer project for a local charity that {purpose}, using {s1} and {s2}.",
)
EXTRA_SUMMARIES = (
    "Outside work I mentor at a local coding club.",
    "I enjoy writing about what I learn and speak at meetups now and then.",
    "Looking for a team that values ownership, written communication and steady "
    "delivery.",
    "Happy in distributed teams and comfortable working across time zones.",
)

ROLES: tuple[Role, ...] = (
    Role(
        key="backend-engineer",
        titles=(
            ("Junior Backend Developer", "Software Engineer Intern", "Junior Python Developer"),
            ("Backend Engineer", "Software Engineer", "Python Developer"),
            ("Senior Backend Engineer", "Senior Software Engineer", "Senior Python Engineer"),
            ("Staff Engineer", "Lead Backend Engineer", "Engineering Lead"),
        ),
        skills=("Python", "Django", "PostgreSQL", "REST APIs", "Docker", "FastAPI",
                "Kubernetes", "Kafka", "AWS", "Redis", "Celery", "SQLAlchemy", "pytest",
                "Flask", "MySQL", "GraphQL", "Go", "Java", "RabbitMQ", "Elasticsearch",
                "Git", "Linux", "GitHub Actions", "gRPC", "MongoDB"),
        bullets=(
            "Built and maintained {Python} services in {Django} that process <k>k orders "
            "a day across <num> markets.",
            "Designed versioned {REST APIs} for the web and mobile apps, cutting average "
            "response time by <pct>%.",
            "Migrated the billing service to {FastAPI} with async workers, raising "
            "throughput <x>x.",
            "Tuned slow {PostgreSQL} queries and added partial indexes, reducing database "
            "CPU by <pct>%.",
            "Containerised <num> legacy services with {Docker} and moved them onto "
            "{Kubernetes}.",
            "Introduced {Kafka} event streams between checkout and fulfilment, replacing "
            "nightly batch jobs.",
            "Added a {Redis} cache in front of the catalogue, lowering p95 latency by <pct>%.",
            "Ran production workloads on {AWS} and cut the monthly bill by <pct>% through "
            "rightsizing.",
            "Raised test coverage of the payments code to <cov>% with {pytest} and contract "
            "tests.",
            "Moved background jobs to {Celery} with retries and dead-letter queues, ending "
            "a class of lost-email incidents.",
            "Modelled the pricing domain with {SQLAlchemy} and shipped <num> zero-downtime "
            "{PostgreSQL} migrations.",
            "Built a {GraphQL} gateway that merged <num> internal service APIs for the "
            "frontend team.",
            "Rewrote a latency-critical matching service in {Go}, serving <x>x the traffic "
            "on the same hardware.",
            "Maintained {Java} services for payment reconciliation processing <k>k "
            "transactions a day.",
            "Implemented full-text search with {Elasticsearch} over <k>k product listings.",
            "Built a small {Flask} admin service used daily by <num> support agents.",
            "Replaced cron scripts with {RabbitMQ} job queues and idempotent {Python} "
            "consumers.",
            "Moved the test suite to {GitHub Actions}, cutting CI time by <pct>%.",
            "Exposed internal {gRPC} APIs for the routing engine.",
            "Stored device events in {MongoDB} and moved reporting data to {PostgreSQL}.",
            "Designed and documented public {REST APIs} used by <num> partner integrations.",
            "Packaged local development environments with {Docker} Compose, cutting "
            "onboarding to a single day.",
            "Kept {MySQL} replicas healthy and migrated the orders schema to {PostgreSQL} "
            "with no data loss.",
            "Profiled {Python} workers and removed N+1 queries in {Django} views, halving "
            "page load times.",
            "Automated deployments of {Linux} servers and kept everything in {Git}.",
        ),
        summaries=(
            "Backend engineer with {years} years of experience building {s1} services and "
            "APIs. I like owning systems end to end, from {s2} schemas to deployment and "
            "on-call.",
            "Software engineer focused on reliable backend systems. {years} years of "
            "shipping production code with {s1}, {s2} and {s3}.",
            "Pragmatic backend developer ({years} years) who cares about clean data models, "
            "boring deployments and fast feedback loops. Day-to-day stack: {s1}, {s2}, {s3}.",
        ),
        fields=("Computer Science", "Software Engineering", "Information Systems",
                "Mathematics"),
        certifications=(
            Certification("AWS Certified Developer – Associate", ("AWS",)),
            Certification("Certified Kubernetes Application Developer (CKAD)",
                          ("Kubernetes",)),
            Certification("Professional Scrum Developer I"),
        ),
        neighbour="frontend-engineer",
    ),
    Role(
        key="data-engineer",
        titles=(
            ("Junior Data Engineer", "BI Developer", "Data Engineering Intern"),
            ("Data Engineer", "ETL Developer", "Analytics Engineer"),
            ("Senior Data Engineer", "Senior Analytics Engineer", "Data Platform Engineer"),
            ("Lead Data Engineer", "Staff Data Engineer", "Head of Data Platform"),
        ),
        skills=("Python", "SQL", "Spark", "Airflow", "dbt", "Kafka", "Snowflake", "AWS",
                "Terraform", "Docker", "BigQuery", "Databricks", "PostgreSQL", "pandas",
                "GCP", "Git"),
        bullets=(
            "Built {Spark} batch jobs in {Python} that process <num> million events a day "
            "into the data lake.",
            "Orchestrated <num> daily pipelines in {Airflow} with SLAs and on-call alerting.",
            "Modelled the finance and sales marts with {dbt} and {SQL}, adding <num> tested "
            "models.",
            "Streamed clickstream data from {Kafka} into the warehouse with end-to-end "
            "latency under five minutes.",
            "Migrated the warehouse from on-premise servers to {Snowflake}, cutting query "
            "times by <pct>%.",
            "Provisioned the data platform on {AWS} with {Terraform} modules reviewed by the "
            "whole team.",
            "Packaged pipeline code in {Docker} images so local runs match production.",
            "Rewrote slow {SQL} transformations as incremental {dbt} models, saving <pct>% "
            "in compute.",
            "Built a {BigQuery} reporting layer on {GCP} for <num> product teams.",
            "Moved notebook-based ETL to scheduled {Databricks} jobs with data quality "
            "checks.",
            "Wrote {pandas} validation for supplier files, rejecting <pct>% of malformed rows "
            "before load.",
            "Replicated {PostgreSQL} application databases into the warehouse with change "
            "data capture.",
            "Tuned {Spark} shuffle partitions and file sizes, cutting the nightly run from "
            "<small> hours to under one.",
            "Introduced data contracts and CI checks for {Airflow} DAGs, reducing failed "
            "runs by <pct>%.",
            "Wrote internal {Python} libraries for schema validation used by <num> "
            "pipelines.",
            "Defined <num> core business metrics in {SQL} with analysts and documented them "
            "in a shared catalogue.",
        ),
        summaries=(
            "Data engineer with {years} years of experience building batch and streaming "
            "pipelines with {s1}, {s2} and {s3}.",
            "I build data platforms people trust: tested models, clear ownership and "
            "pipelines that fail loudly. {years} years with {s1} and {s2}.",
            "Data engineer ({years} years) who enjoys turning messy sources into clean, "
            "documented tables. Main tools: {s1}, {s2}, {s3}.",
        ),
        fields=("Computer Science", "Information Systems", "Mathematics", "Data Science",
                "Industrial Engineering"),
        certifications=(
            Certification("Databricks Certified Data Engineer Associate", ("Databricks",)),
            Certification("Google Cloud Professional Data Engineer", ("GCP",)),
            Certification("SnowPro Core Certification", ("Snowflake",)),
            Certification("AWS Certified Data Engineer – Associate", ("AWS",)),
        ),
        neighbour="data-analyst",
    ),
    Role(
        key="frontend-engineer",
        titles=(
            ("Junior Frontend Developer", "Web Developer", "Frontend Intern"),
            ("Frontend Developer", "Frontend Engineer", "UI Engineer"),
            ("Senior Frontend Engineer", "Senior UI Engineer", "Senior Web Developer"),
            ("Lead Frontend Engineer", "Staff Frontend Engineer", "Frontend Tech Lead"),
        ),
        skills=("JavaScript", "TypeScript", "React", "HTML", "CSS", "Next.js", "GraphQL",
                "Jest", "Storybook", "Node.js", "Redux", "Webpack", "Tailwind CSS", "Cypress",
                "Vue.js", "Figma", "Git"),
        bullets=(
            "Built the customer dashboard in {React} and {TypeScript}, used by <k>k accounts "
            "every week.",
            "Migrated <num>k lines of {JavaScript} to {TypeScript}, catching dozens of "
            "latent bugs.",
            "Created accessible, semantic {HTML} forms and fixed <num> issues flagged in an "
            "accessibility audit.",
            "Rebuilt the design system's layout primitives in modern {CSS} with grid and "
            "custom properties.",
            "Moved the marketing site to {Next.js} with static generation, improving page "
            "load by <pct>%.",
            "Replaced hand-written fetch calls with a typed {GraphQL} client and generated "
            "types.",
            "Raised unit-test coverage to <cov>% with {Jest} and Testing Library.",
            "Documented <num> shared components in {Storybook}, which design now reviews "
            "before release.",
            "Wrote a small {Node.js} backend-for-frontend that aggregates <small> services.",
            "Managed complex client state with {Redux} and later simplified it with hooks.",
            "Cut the {JavaScript} bundle by <pct>% through code splitting and a {Webpack} "
            "audit.",
            "Introduced {Tailwind CSS} and removed <num>k lines of legacy stylesheets.",
            "Added end-to-end tests in {Cypress} for the checkout flow, catching <num> "
            "regressions before release.",
            "Built an internal admin tool in {Vue.js} for the operations team.",
            "Worked from {Figma} prototypes with designers and ran weekly UI reviews.",
            "Profiled and fixed slow {React} renders in a <num>-column data grid.",
            "Built responsive landing pages in {HTML} and {CSS} for <num> campaigns.",
        ),
        summaries=(
            "Frontend engineer with {years} years of experience building fast, accessible "
            "web apps in {s1} and {s2}.",
            "I build interfaces people enjoy using. {years} years with {s1}, {s2} and {s3}, "
            "with a soft spot for design systems and accessibility.",
            "Frontend developer ({years} years) who works closely with design and cares "
            "about performance. Strongest in {s1} and {s2}.",
        ),
        fields=("Computer Science", "Interaction Design", "Media Informatics",
                "Software Engineering"),
        certifications=(
            Certification("Meta Front-End Developer Professional Certificate",
                          ("React", "JavaScript")),
            Certification("Web Accessibility Specialist (WAS)", ("HTML",)),
        ),
        neighbour="ios-engineer",
    ),
    Role(
        key="ml-engineer",
        titles=(
            ("Machine Learning Intern", "Junior Data Scientist", "Research Assistant"),
            ("Data Scientist", "Machine Learning Engineer", "Applied Scientist"),
            ("Senior Machine Learning Engineer", "Senior Data Scientist", "ML Engineer II"),
            ("Lead ML Engineer", "Staff Machine Learning Engineer", "Head of Data Science"),
        ),
        skills=("Python", "PyTorch", "scikit-learn", "SQL", "MLflow", "Kubernetes", "AWS",
                "Spark", "Docker", "Hugging Face", "pandas", "NumPy", "TensorFlow", "NLP",
                "Statistics", "Airflow", "FastAPI", "Git"),
        bullets=(
            "Trained and shipped a {PyTorch} ranking model that lifted click-through by "
            "<pct>%.",
            "Built a churn model with {scikit-learn} gradient boosting, used by the "
            "retention team every week.",
            "Tracked <num> experiments and model versions in {MLflow}, making every result "
            "reproducible.",
            "Wrote feature pipelines in {SQL} and {Python} over <num> million rows of "
            "transaction data.",
            "Served models on {Kubernetes} with autoscaling, keeping p99 inference latency "
            "under <ms> ms.",
            "Moved training to {AWS} spot instances, cutting training costs by <pct>%.",
            "Computed features for <num> million users with {Spark} and stored them in a "
            "shared feature table.",
            "Packaged inference services in {Docker} with pinned dependencies and health "
            "checks.",
            "Fine-tuned {Hugging Face} transformer models for document classification across "
            "<num> categories.",
            "Built an {NLP} pipeline that extracts dates and medications from clinical "
            "letters.",
            "Prototyped models in {TensorFlow} and ported the winning architecture to "
            "{PyTorch}.",
            "Explored messy datasets with {pandas} and {NumPy}, documenting every "
            "assumption.",
            "Designed offline evaluation grounded in {Statistics|statistics}, which stopped "
            "two launches that would have hurt users.",
            "Scheduled retraining with {Airflow} and alerted on data drift.",
            "Exposed model predictions through a {FastAPI} service used by <small> internal "
            "teams.",
            "Reduced false positives in fraud detection by <pct>% with a calibrated "
            "{scikit-learn} ensemble.",
        ),
        summaries=(
            "Machine learning engineer with {years} years of experience taking models from "
            "research to production with {s1}, {s2} and {s3}.",
            "I build ML systems that are measured, monitored and understood. {years} years "
            "with {s1} and {s2}.",
            "Data scientist turned ML engineer ({years} years). Comfortable with the whole "
            "loop: data, {s1} models, evaluation and serving with {s2}.",
        ),
        fields=("Computer Science", "Machine Learning", "Statistics", "Physics",
                "Mathematics", "Artificial Intelligence"),
        certifications=(
            Certification("AWS Certified Machine Learning – Specialty", ("AWS",)),
            Certification("TensorFlow Developer Certificate", ("TensorFlow",)),
            Certification("Deep Learning Specialization (DeepLearning.AI)"),
        ),
        neighbour="data-analyst",
    ),
    Role(
        key="site-reliability-engineer",
        titles=(
            ("Junior Systems Administrator", "IT Support Engineer", "DevOps Intern"),
            ("DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer"),
            ("Senior Site Reliability Engineer", "Senior DevOps Engineer", "Platform Engineer"),
            ("Lead SRE", "Staff Platform Engineer", "Head of Infrastructure"),
        ),
        skills=("Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "CI/CD", "Go",
                "Python", "Helm", "Ansible", "Grafana", "Docker", "Bash", "GCP", "Azure",
                "Datadog", "Jenkins", "GitHub Actions", "Argo CD"),
        bullets=(
            "Ran <small> production {Kubernetes} clusters and led upgrades with zero "
            "customer-facing downtime.",
            "Codified all cloud infrastructure in {Terraform}, growing to <num> reusable "
            "modules.",
            "Designed multi-account {AWS} networking and IAM for <num> product teams.",
            "Hardened and patched <k> {Linux} hosts with automated rollouts.",
            "Built {Prometheus} alerting around SLOs, cutting pages per week by <pct>%.",
            "Rebuilt {CI/CD} pipelines so teams deploy <num> times a day with automatic "
            "rollbacks.",
            "Wrote a {Go} operator that rotates database credentials inside the cluster.",
            "Automated toil with {Python} scripts for certificate renewal and DNS changes.",
            "Authored {Helm} charts and a shared library chart used by <num> services.",
            "Managed configuration of bare-metal and VM fleets with {Ansible}.",
            "Built {Grafana} dashboards for every tier-1 service and reviewed them with the "
            "owning teams.",
            "Moved builds from {Jenkins} to {GitHub Actions}, reducing pipeline time by "
            "<pct>%.",
            "Introduced GitOps with {Argo CD} for <num> services across three environments.",
            "Migrated monitoring from {Datadog} to {Prometheus}, saving <pct>% of "
            "observability spend.",
            "Containerised legacy workloads with {Docker} and wrote {Bash} tooling for "
            "on-call engineers.",
            "Led incident response as on-call lead and wrote <num> blameless post-mortems.",
            "Set up a disaster-recovery region on {GCP} and ran quarterly failover drills.",
            "Managed {Azure} subscriptions and policies for a regulated client environment.",
            "Cut {AWS} spend by <pct>% with {Terraform}-managed autoscaling and spot "
            "capacity.",
        ),
        summaries=(
            "Site reliability engineer with {years} years of experience running production "
            "platforms on {s1} and {s2}.",
            "Infrastructure engineer ({years} years) who automates the boring parts and "
            "sleeps well during on-call. Core tools: {s1}, {s2}, {s3}.",
            "DevOps engineer focused on reliability, cost and developer experience. {years} "
            "years with {s1}, {s2} and {s3}.",
        ),
        fields=("Computer Science", "Computer Engineering", "Electrical Engineering",
                "Information Technology"),
        certifications=(
            Certification("Certified Kubernetes Administrator (CKA)", ("Kubernetes",)),
            Certification("HashiCorp Certified: Terraform Associate", ("Terraform",)),
            Certification("AWS Certified Solutions Architect – Associate", ("AWS",)),
            Certification("Red Hat Certified System Administrator (RHCSA)", ("Linux",)),
        ),
        neighbour="backend-engineer",
    ),
    Role(
        key="product-manager",
        titles=(
            ("Associate Product Manager", "Business Analyst", "Product Analyst"),
            ("Product Manager", "Product Owner", "Technical Product Manager"),
            ("Senior Product Manager", "Senior Product Owner", "Product Lead"),
            ("Group Product Manager", "Director of Product", "Principal Product Manager"),
        ),
        skills=("Product Strategy", "Roadmapping", "User Research", "A/B Testing", "SQL",
                "Stakeholder Management", "Figma", "Amplitude", "Jira", "Agile", "Scrum",
                "Mixpanel", "Confluence", "Excel"),
        bullets=(
            "Set the {Product Strategy|product strategy} for onboarding and grew activation "
            "by <pct>%.",
            "Ran quarterly {Roadmapping|roadmapping} across <small> teams and tied every item "
            "to a company goal.",
            "Ran <num> {User Research|user research} interviews a quarter and turned them "
            "into clear problem statements.",
            "Introduced disciplined {A/B Testing|A/B testing} for pricing pages, lifting "
            "conversion by <pct>%.",
            "Queried product data in {SQL} to size opportunities without waiting for the "
            "data team.",
            "Kept legal, compliance and marketing aligned through careful {Stakeholder "
            "Management|stakeholder management} on a regulated launch.",
            "Prototyped flows in {Figma} and tested them with customers within a week.",
            "Built funnel and retention dashboards in {Amplitude} that the whole team used.",
            "Ran delivery for two squads in {Jira} following {Agile} practices.",
            "Introduced {Scrum} for a team of <team> and cut cycle time by <pct>%.",
            "Tracked feature adoption in {Mixpanel} and retired <small> unused features.",
            "Wrote product requirement documents in {Confluence} that engineers could build "
            "from.",
            "Built a pricing model in {Excel} that finance adopted for the annual plan.",
            "Launched a savings feature to <k>k users, growing monthly deposits by <pct>%.",
            "Wrote a two-year {Product Strategy|product strategy} for the mobile app and won "
            "budget for <small> new hires.",
        ),
        summaries=(
            "Product manager with {years} years of experience in consumer apps. Strong in "
            "{s1} and {s2}; I talk to customers every week.",
            "Outcome-focused product leader ({years} years) who pairs {s1} with hands-on "
            "{s2}.",
            "I help teams decide what not to build. {years} years of product work across "
            "fintech and marketplaces, with a focus on {s1} and {s2}.",
        ),
        fields=("Business Administration", "Economics", "Computer Science", "Psychology"),
        certifications=(
            Certification("Certified Scrum Product Owner (CSPO)", ("Scrum",)),
            Certification("Product Management Certificate, Pragmatic Institute"),
        ),
        neighbour="data-analyst",
        technical=False,
    ),
    Role(
        key="data-analyst",
        titles=(
            ("Junior Data Analyst", "Analytics Intern", "Reporting Assistant"),
            ("Data Analyst", "Business Intelligence Analyst", "Reporting Analyst"),
            ("Senior Data Analyst", "Senior BI Analyst", "Analytics Lead"),
            ("Analytics Manager", "Head of Analytics", "Lead Data Analyst"),
        ),
        skills=("SQL", "Excel", "Tableau", "Statistics", "Python", "Power BI", "Looker",
                "dbt", "pandas", "R", "Google Analytics", "BigQuery", "A/B Testing"),
        bullets=(
            "Wrote {SQL} queries over <num> million sales rows to explain weekly revenue "
            "swings.",
            "Built <num> {Tableau} dashboards used every morning by store and regional "
            "managers.",
            "Automated monthly reporting in {Excel} with pivot tables and lookups, saving "
            "<num> hours a month.",
            "Used {Statistics|statistics} (confidence intervals, significance tests) to "
            "judge <num> promotions.",
            "Scripted data cleaning in {Python} with {pandas}, replacing a fragile manual "
            "process.",
            "Migrated the finance reports from spreadsheets to {Power BI}.",
            "Maintained {Looker} explores for the marketing team and trained <num> "
            "colleagues to use them.",
            "Contributed {dbt} models for the loyalty programme and documented every metric.",
            "Analysed survey data in {R} and presented the findings to the leadership team.",
            "Tracked campaign performance in {Google Analytics} and fed it into weekly "
            "reports.",
            "Queried event data in {BigQuery} to measure feature adoption for <num> "
            "launches.",
            "Supported {A/B Testing|A/B tests} on the website by sizing samples and reading "
            "results.",
            "Presented monthly KPI reviews to <small> department heads.",
            "Reconciled inventory data across <num> stores and flagged discrepancies worth "
            "<k>k in lost sales.",
            "Built a {Tableau} view of loyalty sign-ups joined in {SQL} from three "
            "source systems.",
        ),
        summaries=(
            "Data analyst with {years} years of experience turning raw data into decisions, "
            "mostly with {s1} and {s2}.",
            "Curious analyst ({years} years) who enjoys explaining numbers to "
            "non-technical people. Tools: {s1}, {s2}, {s3}.",
            "Analyst with a background in economics and {years} years of reporting and "
            "analysis in {s1} and {s2}.",
        ),
        fields=("Statistics", "Economics", "Mathematics", "Business Administration"),
        certifications=(
            Certification("Tableau Desktop Specialist", ("Tableau",)),
            Certification("Google Data Analytics Professional Certificate"),
            Certification("Microsoft Certified: Power BI Data Analyst Associate",
                          ("Power BI",)),
        ),
        neighbour="marketing",
        technical=False,
    ),
    Role(
        key="ios-engineer",
        titles=(
            ("Junior iOS Developer", "Mobile Developer Intern", "Junior Mobile Developer"),
            ("iOS Developer", "iOS Engineer", "Mobile Engineer"),
            ("Senior iOS Engineer", "Senior Mobile Engineer", "Senior iOS Developer"),
            ("Lead iOS Engineer", "Mobile Tech Lead", "Staff iOS Engineer"),
        ),
        skills=("Swift", "SwiftUI", "UIKit", "Xcode", "REST APIs", "Combine", "Core Data",
                "XCTest", "Fastlane", "Firebase", "Objective-C", "Kotlin", "Git", "GraphQL",
                "Figma"),
        bullets=(
            "Built new features in {Swift} for an app with <k>k daily active users.",
            "Rewrote <num> screens from {UIKit} to {SwiftUI}, reducing view code by <pct>%.",
            "Profiled launch time with {Xcode} Instruments and cut cold start by <pct>%.",
            "Designed the networking layer for our {REST APIs} with retries and offline "
            "caching.",
            "Introduced {Combine} pipelines for form validation and live search.",
            "Implemented offline mode with {Core Data} and conflict resolution on sync.",
            "Raised unit-test coverage to <cov>% with {XCTest} and snapshot tests.",
            "Automated TestFlight and App Store releases with {Fastlane}, cutting release day "
            "to an hour.",
            "Integrated {Firebase} Crashlytics and Remote Config, lowering the crash rate by "
            "<pct>%.",
            "Maintained legacy {Objective-C} modules and bridged them to {Swift}.",
            "Shipped an Android companion feature in {Kotlin} with the mobile team.",
            "Built custom {UIKit} components for a workout player used by <k>k people a day.",
            "Adopted {SwiftUI} for all new screens and wrote the team's component "
            "guidelines.",
            "Consumed a {GraphQL} API with generated {Swift} models.",
            "Worked from {Figma} specs and paired with designers on motion and "
            "accessibility.",
        ),
        summaries=(
            "iOS engineer with {years} years of experience shipping polished apps in {s1} "
            "and {s2}.",
            "Mobile developer ({years} years) who cares about smooth scrolling, small "
            "binaries and happy App Store reviews. Stack: {s1}, {s2}, {s3}.",
            "I build native iOS apps that people use every day. {years} years with {s1} and "
            "{s2}.",
        ),
        fields=("Computer Science", "Computer Engineering",
                "Electronics and Communication Engineering"),
        certifications=(
            Certification("App Development with Swift Certified User", ("Swift",)),
        ),
        neighbour="frontend-engineer",
    ),
    Role(
        key="marketing",
        titles=(
            ("Marketing Assistant", "Marketing Coordinator", "Content Intern"),
            ("Marketing Specialist", "Content Marketing Manager", "Digital Marketer"),
            ("Senior Marketing Manager", "Growth Marketing Manager", "Brand Manager"),
            ("Head of Marketing", "Marketing Director", "VP Marketing"),
        ),
        skills=("SEO", "Google Analytics", "HubSpot", "Content Marketing", "Copywriting",
                "Excel", "Figma"),
        bullets=(
            "Grew organic traffic by <pct>% in a year through technical {SEO} and content "
            "clusters.",
            "Ran lifecycle email campaigns in {HubSpot} for <k>k subscribers.",
            "Reported channel performance every week from {Google Analytics}.",
            "Led the {Content Marketing|content marketing} calendar and a team of <num> "
            "freelance writers.",
            "Did the {Copywriting|copywriting} for <num> product launches and a brand "
            "relaunch.",
            "Managed a quarterly budget in {Excel} across <small> paid channels.",
            "Organised <num> industry events and webinars.",
            "Briefed designers in {Figma} on campaign assets for <num> markets.",
        ),
        summaries=(
            "Marketer with {years} years of experience in B2B software, strongest in {s1} "
            "and {s2}.",
            "Content and growth marketer ({years} years) who writes well and measures "
            "everything with {s1}.",
        ),
        fields=("Marketing", "Communications", "Business Administration"),
        certifications=(
            Certification("HubSpot Content Marketing Certification", ("HubSpot",)),
            Certification("Google Analytics Certification", ("Google Analytics",)),
        ),
        neighbour="data-analyst",
        technical=False,
    ),
    Role(
        key="finance",
        titles=(
            ("Accounts Assistant", "Junior Accountant", "Finance Intern"),
            ("Accountant", "Financial Analyst", "Management Accountant"),
            ("Senior Accountant", "Finance Manager", "Senior Financial Analyst"),
            ("Financial Controller", "Head of Finance", "Finance Director"),
        ),
        skills=("SAP", "IFRS", "Financial Reporting", "Budgeting", "QuickBooks", "Excel"),
        bullets=(
            "Prepared monthly {Financial Reporting|financial reporting} packs for the board "
            "under {IFRS}.",
            "Ran month-end close in {SAP} for <small> legal entities.",
            "Owned annual {Budgeting|budgeting} for a <num> million cost base.",
            "Kept the books for <num> small-business clients in {QuickBooks}.",
            "Built cash-flow forecasts in {Excel} used by the CFO every week.",
            "Cut the month-end close from ten working days to <small>.",
            "Supported two external audits with no material findings.",
        ),
        summaries=(
            "Finance professional with {years} years of experience in {s1} and {s2}.",
            "Accountant ({years} years) who likes clean ledgers and early closes. Tools: "
            "{s1}, {s2}.",
        ),
        fields=("Accounting", "Finance", "Economics"),
        certifications=(
            Certification("ACCA Qualified Accountant"),
            Certification("SAP Certified Application Associate – Financial Accounting",
                          ("SAP",)),
        ),
        neighbour="data-analyst",
        technical=False,
    ),
    Role(
        key="mechanical",
        titles=(
            ("Graduate Mechanical Engineer", "Design Engineering Intern", "CAD Technician"),
            ("Mechanical Design Engineer", "Mechanical Engineer", "Test Engineer"),
            ("Senior Mechanical Engineer", "Senior Design Engineer", "Product Engineer"),
            ("Lead Mechanical Engineer", "Engineering Manager", "Principal Engineer"),
        ),
        skills=("SolidWorks", "AutoCAD", "MATLAB", "Finite Element Analysis", "GD&T", "Excel"),
        bullets=(
            "Designed pump housings in {SolidWorks} from concept to production.",
            "Ran {Finite Element Analysis|finite element analysis} on brackets and frames, "
            "saving <pct>% in material.",
            "Produced manufacturing drawings in {AutoCAD} with {GD&T} callouts.",
            "Wrote {MATLAB} scripts to analyse test-rig data from <num> sensors.",
            "Coordinated with <num> suppliers on tolerances and first-article inspections.",
            "Tracked test results and cost estimates for <num> prototypes in {Excel}.",
        ),
        summaries=(
            "Mechanical engineer with {years} years of experience in product design, "
            "mostly with {s1} and {s2}.",
            "Design engineer ({years} years) who enjoys taking parts from sketch to "
            "production. Tools: {s1}, {s2}.",
        ),
        fields=("Mechanical Engineering", "Mechatronics", "Aerospace Engineering"),
        certifications=(
            Certification("Certified SolidWorks Professional (CSWP)", ("SolidWorks",)),
        ),
        neighbour="site-reliability-engineer",
        technical=False,
    ),
    Role(
        key="customer-success",
        titles=(
            ("Customer Support Agent", "Support Specialist", "Customer Service Associate"),
            ("Customer Success Manager", "Account Manager", "Support Team Lead"),
            ("Senior Customer Success Manager", "Senior Account Manager",
             "Customer Experience Lead"),
            ("Head of Customer Success", "Director of Customer Experience",
             "VP Customer Success"),
        ),
        skills=("Zendesk", "Salesforce", "Customer Onboarding", "Account Management", "Excel",
                "Jira"),
        bullets=(
            "Handled <num> tickets a week in {Zendesk} with a 96% satisfaction score.",
            "Managed a book of <num> accounts in {Salesforce} with net revenue retention "
            "above 105%.",
            "Ran {Customer Onboarding|customer onboarding} for <num> new enterprise clients.",
            "Owned {Account Management|account management} for the top <num> customers in "
            "the region.",
            "Built renewal trackers in {Excel} that the sales team adopted.",
            "Wrote <num> help-centre articles that cut repeat tickets by <pct>%.",
            "Escalated product bugs through {Jira} and followed them up with engineering.",
        ),
        summaries=(
            "Customer success manager with {years} years of experience keeping B2B "
            "customers happy, using {s1} and {s2}.",
            "People person ({years} years in support and account management) who turns "
            "frustrated customers into references. Tools: {s1}, {s2}.",
        ),
        fields=("Business Administration", "English Literature", "Communications",
                "Psychology"),
        certifications=(
            Certification("Salesforce Certified Administrator", ("Salesforce",)),
        ),
        neighbour="product-manager",
        technical=False,
    ),
)

NO_FIT_ROLES = ("marketing", "finance", "mechanical", "customer-success")
"""Careers that fit none of the demo jobs."""


def role_by_key(key: str) -> Role:
    """The role family with this key."""
    for role in ROLES:
        if role.key == key:
            return role
    raise KeyError(f"unknown role {key!r}")
