"""The eight demo job descriptions: their text and the facts a parser should find.

The text and the structured fields sit side by side so a test can check that the
text really states every fact it is scored against.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class JobSpec:
    """One job posting: facts (as in facts.json) plus the posting text."""

    slug: str
    title: str
    company: str
    location: str
    remote: str
    seniority: str
    employment_type: str
    min_years_experience: int
    required_skills: tuple[str, ...]
    preferred_skills: tuple[str, ...]
    education: str
    text: str

    @property
    def path(self) -> str:
        """Where the posting lives, relative to the data folder."""
        return f"jobs/{self.slug}.txt"


_BACKEND = """\
Senior Backend Engineer (Python)
Fernweh Mobility GmbH — Berlin, Germany (hybrid: 2 days a week in our Kreuzberg office)
Full-time · Senior level

About the role
Fernweh Mobility runs the booking and routing platform behind long-distance bus and
train-bus connections in twelve European countries. Our backend handles seat inventory,
dynamic pricing and ticketing for more than four million trips a year. We are looking for
a Senior Backend Engineer to join the Booking team and take ownership of the services
that turn a search into a confirmed seat.

You will work in a team of six engineers, a product manager and a designer, and you will
have a real say in how our systems evolve: we are splitting a large Django monolith into
a handful of well-defined services, and we want people who have done this kind of work
before and know when not to split.

Responsibilities
- Design, build and operate Python services and REST APIs used by our web shop, mobile
  apps and partner integrations.
- Own the data model of bookings and payments in PostgreSQL, including migrations that
  run without downtime.
- Improve reliability and latency of the booking flow; take part in a fair on-call rota
  (one week in six, paid).
- Review code, mentor mid-level engineers and help shape our engineering practices.
- Work with product and operations to turn fuzzy problems into small, shippable steps.

Requirements
- 5+ years of professional experience building backend systems, most of it in Python.
- Solid experience with Django (or a comparable framework) and designing REST APIs.
- Strong PostgreSQL skills: schema design, query tuning, transactions and locking.
- Experience packaging and running services with Docker.
- Clear written communication in English; our team works in English.

Nice to have
- FastAPI or other async Python frameworks.
- Kubernetes in production.
- Event-driven systems with Kafka.
- AWS (we run on ECS and RDS today and are moving to EKS).
- Redis for caching and rate limiting.

Education
Bachelor's degree in Computer Science or a related field, or equivalent practical
experience.

What we offer
A salary range of EUR 78,000–92,000, 30 days of paid leave, a yearly learning budget of
EUR 1,500, a free Interrail pass and a quiet office near Görlitzer Park. We sponsor visas
and help with relocation to Berlin.
"""

_DATA_ENGINEER = """\
Data Engineer
Tidewater Energy B.V. | Amsterdam, Netherlands | Hybrid | Full-time | Mid-level

Who we are
Tidewater Energy supplies renewable electricity to 300,000 Dutch and Belgian households
and balances a growing fleet of home batteries and heat pumps. Every five minutes we
forecast demand and decide which batteries to charge, which means our data platform is
not a reporting afterthought: it is part of the product.

The role
As a Data Engineer in the Platform team you will build and run the pipelines that move
meter readings, market prices and device telemetry into our lakehouse, and you will make
that data trustworthy for analysts, forecasters and the trading desk.

What you will do
- Build batch and streaming pipelines in Python and Spark that process around two billion
  meter readings a month.
- Orchestrate and monitor workflows in Airflow, with alerting that wakes the right person.
- Model clean, tested tables with dbt and SQL for analytics and forecasting.
- Define data contracts with the device and billing teams and enforce them in CI.
- Keep costs under control and document what you build.

What we ask
- 3+ years of experience as a data engineer or in a similar role.
- Strong Python and SQL.
- Hands-on experience with Spark for large batch jobs.
- Experience running Airflow (or a similar orchestrator) in production.
- Experience with dbt and dimensional modelling.
- A Bachelor's degree in Computer Science, Engineering, Mathematics or a related field.

Bonus points
- Streaming with Kafka.
- Snowflake or another cloud data warehouse.
- AWS (S3, EMR, Glue) and infrastructure as code with Terraform.
- Docker-based local development.
- Interest in energy markets; no prior knowledge needed.

Good to know
We work in English. The team meets in our office at the Houthavens two days a week;
the rest is up to you. Salary: EUR 62,000–76,000 plus 8% holiday allowance, a 30% ruling
application where eligible, an NS business card and a pension plan with no personal
contribution.
"""

_FRONTEND = """\
FRONTEND ENGINEER (REACT / TYPESCRIPT)
Paperkite — Remote (Europe)

Employment type: Full-time, permanent
Seniority: Mid-level
Work mode: Fully remote, with two team weeks a year in person
Time zones: UTC-1 to UTC+3

ABOUT PAPERKITE
Paperkite makes contract-management software for small legal teams. Around 2,800
companies use our editor to draft, negotiate and sign agreements. We are a fully remote
company of 70 people across 19 countries, and we care a lot about calm, written
collaboration.

ABOUT THE ROLE
You will join the Editor squad, which owns the document editor, comments and the
real-time collaboration features. The editor is a large React and TypeScript codebase
that we want to make faster, more accessible and easier to change. You will work closely
with a product designer and two backend engineers.

WHAT YOU WILL DO
* Build new editor features end to end, from the design review to monitoring in
  production.
* Improve rendering performance for documents with hundreds of pages.
* Raise the bar on accessibility (WCAG 2.2 AA) and keyboard navigation.
* Write tests that give us confidence without slowing us down.
* Share what you learn in design docs and short internal talks.

WHAT WE ARE LOOKING FOR
* 4+ years of professional experience in frontend development.
* Excellent JavaScript and TypeScript.
* Deep experience with React, including hooks, state management and performance
  profiling.
* Strong semantic HTML and modern CSS.
* You write clearly and enjoy asynchronous work.

NICE TO HAVE
* Next.js or other server-side rendering setups.
* GraphQL clients and schema design.
* Testing with Jest and component libraries in Storybook.
* Some Node.js on the server side.
* Experience with rich-text editors or collaborative editing.

EDUCATION
No degree required; a Bachelor's in Computer Science or a related field is welcome.

WHAT WE OFFER
Salary EUR 60,000–75,000 depending on experience, adjusted only upwards by location,
a home-office budget, 28 days of leave plus local public holidays, and a four-day week
in August.
"""

_ML_ENGINEER = """\
Senior Machine Learning Engineer
Quillon Health · London, United Kingdom · Hybrid (3 days in office)

Job type: Full-time
Level: Senior

About the role
Quillon Health builds triage and scheduling tools for NHS and private clinics. Our models
predict appointment no-shows, route referrals to the right specialist and summarise
long patient letters for clinicians. We are hiring a Senior Machine Learning Engineer to
take models from notebooks to reliable, monitored services that clinicians trust.

You will be part of a small applied-ML team (four engineers and two clinicians) and work
with our platform team on deployment and data access.

Responsibilities
- Train, evaluate and ship models for classification, ranking and text summarisation.
- Build reproducible training pipelines and track experiments and models in MLflow.
- Design offline and online evaluation, including fairness checks across patient groups.
- Serve models behind low-latency APIs and monitor drift in production.
- Work with clinicians to turn clinical questions into measurable ML problems.

Requirements
- 5+ years of experience in machine learning engineering or data science, with models
  you have shipped to production.
- Expert Python; strong PyTorch and scikit-learn.
- Good SQL and comfort working with messy, real-world data.
- Experience with experiment tracking and model registries, ideally MLflow.
- Master's degree or PhD in Computer Science, Machine Learning, Statistics or a related
  quantitative field.

Preferred
- Deploying models on Kubernetes, on AWS.
- Spark for feature pipelines on large datasets.
- Docker and CI for ML services.
- Transformer models with Hugging Face for NLP tasks.
- Experience in healthcare or another regulated domain.

Benefits
GBP 95,000–115,000, private medical cover, 27 days of holiday plus bank holidays, a
GBP 2,000 conference budget and an office five minutes from King's Cross.
"""

_SRE = """\
Site Reliability Engineer
Brightline Payments — Lisbon, Portugal

Location: Lisbon, Portugal (on-site, Parque das Nações office)
Employment: Full-time
Seniority: Senior

Who we are
Brightline Payments processes card and instant payments for 9,000 online merchants in
southern Europe. Availability is our product: when our API is down, our merchants cannot
sell. Our infrastructure team keeps more than 400 services running across three AWS
regions.

The role
We are looking for a Site Reliability Engineer to make our platform more resilient,
observable and cheaper to run. You will sit with the infrastructure team in our Lisbon
office and work closely with the product engineering teams you support.

What you'll do
- Run and evolve our Kubernetes clusters (around 60 nodes per region).
- Manage all infrastructure as code with Terraform, including reviews and module design.
- Own our monitoring and alerting stack built on Prometheus; define SLOs with teams.
- Improve CI/CD pipelines so that every team can deploy safely several times a day.
- Lead incident response and write blameless post-mortems.
- Harden Linux hosts and automate the boring parts.

What we're looking for
- 5+ years in SRE, DevOps or infrastructure engineering.
- Strong, hands-on Kubernetes experience in production.
- Terraform at scale and good knowledge of AWS networking and IAM.
- Deep Linux knowledge and troubleshooting skills.
- Experience with Prometheus-based monitoring.
- Experience building and maintaining CI/CD pipelines.
- A Bachelor's degree in Computer Science or a related field, or equivalent experience.

Bonus
- Go or Python for tooling and operators.
- Helm chart authoring.
- Configuration management with Ansible.
- Building dashboards in Grafana.
- PCI DSS experience.

What we offer
EUR 55,000–70,000, health insurance for you and your family, a relocation package,
meal allowance, and one paid day a month for learning.
"""

_PRODUCT_MANAGER = """\
Senior Product Manager — Savings & Investing
Harbor & Finch, New York, NY (on-site, Flatiron)
Full-time | Senior

About Harbor & Finch
Harbor & Finch is a consumer finance app that helps 1.2 million Americans save
automatically and invest in low-cost portfolios. We are a team of 180 based in New York,
and we believe good product decisions come from talking to customers every week.

About the role
As Senior Product Manager for Savings & Investing you will own the experience from the
first deposit to a customer's long-term portfolio. You will lead a team of seven
engineers, a designer and a data analyst, and report to the VP of Product.

Responsibilities
- Set the product strategy and a clear roadmap for savings and investing, tied to
  company goals.
- Run continuous user research: interviews, usability tests and surveys.
- Design, run and read A/B tests; make decisions with data and explain them.
- Write crisp problem statements and work with design and engineering on solutions.
- Manage stakeholders across compliance, legal, marketing and customer support.
- Use SQL to answer your own questions about user behaviour.

Requirements
- 6+ years of product management experience, including at least 2 years on a consumer
  mobile or web product.
- A track record of product strategy and roadmapping that led to measurable outcomes.
- Hands-on user research experience.
- Strong experimentation skills: A/B testing design and analysis.
- Working SQL.
- Excellent stakeholder management and written communication.
- Bachelor's degree required; an MBA is a plus.

Nice to have
- Prototyping in Figma.
- Product analytics tools such as Amplitude.
- Running delivery in Jira with Agile teams.
- Experience in fintech or another regulated industry.

Compensation and benefits
Base salary USD 175,000–205,000 plus equity, a 401(k) match of 4%, full medical, dental
and vision cover, and 20 days of PTO. This role is on-site four days a week at our
Flatiron office.
"""

_DATA_ANALYST = """\
Data Analyst (12-month contract)

Company: Cobalt Retail Group
Location: Toronto, ON, Canada — hybrid, 3 days a week at our Liberty Village office
Employment type: Contract (12 months, with the possibility of extension)
Seniority: Junior

About us
Cobalt Retail Group runs 140 home-goods stores across Canada and a growing online shop.
Our Analytics team answers questions from merchandising, marketing and store operations,
and we are adding a Data Analyst for a year to support our new loyalty programme.

About the role
You will build and maintain the dashboards that store managers and the loyalty team use
every morning, analyse promotions and customer behaviour, and present your findings to
non-technical audiences. You will join three analysts and an analytics engineer.

Responsibilities
- Write SQL to pull, clean and join sales, loyalty and inventory data.
- Build and maintain Tableau dashboards for the loyalty programme and store operations.
- Analyse promotions and loyalty campaigns; apply basic statistics to tell real effects
  from noise.
- Prepare ad-hoc analyses in Excel for finance and merchandising.
- Document metric definitions and help keep them consistent across reports.

Requirements
- 2+ years of experience in a data analyst, BI or similar role (internships count).
- Strong SQL.
- Advanced Excel (pivot tables, lookups, charts).
- Experience building dashboards in Tableau.
- A good grasp of statistics: distributions, confidence intervals, significance testing.
- Bachelor's degree in Statistics, Economics, Mathematics, Business or a related field.

Nice to have
- Python for analysis and automation.
- Power BI or Looker.
- Familiarity with dbt models.
- Retail or loyalty-programme experience.

Pay
CAD 38–45 per hour, depending on experience. The contract includes paid vacation and a
laptop; you will be in the office Tuesday to Thursday.
"""

_IOS_ENGINEER = """\
iOS Engineer

Sprout Fitness
Location: Bangalore, India (on-site, Indiranagar)
Type: Full-time
Experience level: Mid-level

About Sprout
Sprout Fitness is a home-workout and nutrition app with 3 million monthly users in India
and Southeast Asia. Our iOS app is rated 4.8 on the App Store, and we want to keep it
that way while we add live classes and offline workouts.

The role
We are looking for an iOS Engineer to join our Mobile team of five. You will build new
features in a modern Swift codebase, help us move the remaining screens from UIKit to
SwiftUI, and care about performance on older iPhones.

Your responsibilities
- Build and ship features in Swift with SwiftUI and UIKit.
- Integrate REST APIs and handle offline mode and sync conflicts gracefully.
- Profile and fix performance and memory problems with Xcode Instruments.
- Write unit and UI tests and keep the release pipeline green.
- Work with designers and backend engineers in two-week sprints.

Requirements
- 4+ years of professional iOS development.
- Excellent Swift; strong knowledge of SwiftUI and UIKit.
- Comfort with Xcode, Instruments and the App Store release process.
- Experience consuming REST APIs and designing a clean networking layer.
- Bachelor's degree (B.E./B.Tech) in Computer Science or a related field.

Good to have
- Reactive programming with Combine.
- Local persistence with Core Data.
- Testing with XCTest.
- Release automation with Fastlane.
- Firebase for analytics, crash reporting or remote config.

Perks
INR 28–40 lakh per year, health insurance for you and your parents, a free Sprout
Premium family plan, and lunch in the office every day.
"""

JOBS: tuple[JobSpec, ...] = (
    JobSpec(
        slug="backend-engineer",
        title="Senior Backend Engineer (Python)",
        company="Fernweh Mobility GmbH",
        location="Berlin, Germany",
        remote="hybrid",
        seniority="senior",
        employment_type="full-time",
        min_years_experience=5,
        required_skills=("Python", "Django", "PostgreSQL", "REST APIs", "Docker"),
        preferred_skills=("FastAPI", "Kubernetes", "Kafka", "AWS", "Redis"),
        education="Bachelor's degree in Computer Science or a related field, "
        "or equivalent practical experience",
        text=_BACKEND,
    ),
    JobSpec(
        slug="data-engineer",
        title="Data Engineer",
        company="Tidewater Energy B.V.",
        location="Amsterdam, Netherlands",
        remote="hybrid",
        seniority="mid",
        employment_type="full-time",
        min_years_experience=3,
        required_skills=("Python", "SQL", "Spark", "Airflow", "dbt"),
        preferred_skills=("Kafka", "Snowflake", "AWS", "Terraform", "Docker"),
        education="Bachelor's degree in Computer Science, Engineering, Mathematics "
        "or a related field",
        text=_DATA_ENGINEER,
    ),
    JobSpec(
        slug="frontend-engineer",
        title="Frontend Engineer (React / TypeScript)",
        company="Paperkite",
        location="Remote (Europe)",
        remote="remote",
        seniority="mid",
        employment_type="full-time",
        min_years_experience=4,
        required_skills=("JavaScript", "TypeScript", "React", "HTML", "CSS"),
        preferred_skills=("Next.js", "GraphQL", "Jest", "Storybook", "Node.js"),
        education="No degree required; a Bachelor's in Computer Science or a related "
        "field is welcome",
        text=_FRONTEND,
    ),
    JobSpec(
        slug="ml-engineer",
        title="Senior Machine Learning Engineer",
        company="Quillon Health",
        location="London, United Kingdom",
        remote="hybrid",
        seniority="senior",
        employment_type="full-time",
        min_years_experience=5,
        required_skills=("Python", "PyTorch", "scikit-learn", "SQL", "MLflow"),
        preferred_skills=("Kubernetes", "AWS", "Spark", "Docker", "Hugging Face"),
        education="Master's degree or PhD in Computer Science, Machine Learning, "
        "Statistics or a related quantitative field",
        text=_ML_ENGINEER,
    ),
    JobSpec(
        slug="site-reliability-engineer",
        title="Site Reliability Engineer",
        company="Brightline Payments",
        location="Lisbon, Portugal",
        remote="onsite",
        seniority="senior",
        employment_type="full-time",
        min_years_experience=5,
        required_skills=("Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "CI/CD"),
        preferred_skills=("Go", "Python", "Helm", "Ansible", "Grafana"),
        education="Bachelor's degree in Computer Science or a related field, "
        "or equivalent experience",
        text=_SRE,
    ),
    JobSpec(
        slug="product-manager",
        title="Senior Product Manager — Savings & Investing",
        company="Harbor & Finch",
        location="New York, NY",
        remote="onsite",
        seniority="senior",
        employment_type="full-time",
        min_years_experience=6,
        required_skills=(
            "Product Strategy", "Roadmapping", "User Research", "A/B Testing", "SQL",
            "Stakeholder Management",
        ),
        preferred_skills=("Figma", "Amplitude", "Jira", "Agile"),
        education="Bachelor's degree; an MBA is a plus",
        text=_PRODUCT_MANAGER,
    ),
    JobSpec(
        slug="data-analyst",
        title="Data Analyst",
        company="Cobalt Retail Group",
        location="Toronto, ON, Canada",
        remote="hybrid",
        seniority="junior",
        employment_type="contract",
        min_years_experience=2,
        required_skills=("SQL", "Excel", "Tableau", "Statistics"),
        preferred_skills=("Python", "Power BI", "Looker", "dbt"),
        education="Bachelor's degree in Statistics, Economics, Mathematics, Business "
        "or a related field",
        text=_DATA_ANALYST,
    ),
    JobSpec(
        slug="ios-engineer",
        title="iOS Engineer",
        company="Sprout Fitness",
        location="Bangalore, India",
        remote="onsite",
        seniority="mid",
        employment_type="full-time",
        min_years_experience=4,
        required_skills=("Swift", "SwiftUI", "UIKit", "Xcode", "REST APIs"),
        preferred_skills=("Combine", "Core Data", "XCTest", "Fastlane", "Firebase"),
        education="Bachelor's degree (B.E./B.Tech) in Computer Science or a related field",
        text=_IOS_ENGINEER,
    ),
)


def job_by_slug(slug: str) -> JobSpec:
    """The job with this slug."""
    for job in JOBS:
        if job.slug == slug:
            return job
    raise KeyError(f"unknown job {slug!r}")
