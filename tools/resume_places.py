"""Place words that make "Word, Word" read as a location rather than a company.

"Austin, TX", "Berlin, Germany" and "Bengaluru, Karnataka" share a shape with
"Stripe, Inc." and "Sales, Marketing"; a region or country on the right is
what tells them apart. The lists are short on purpose: they raise confidence,
they do not gate (a header item shaped like a place is still taken).
"""

from __future__ import annotations

US_STATES = frozenset(
    (
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC",
    )
)
CA_PROVINCES = frozenset(
    ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
)
COUNTRIES = frozenset(
    name.lower()
    for name in (
        "USA", "US", "U.S.", "U.S.A.", "United States", "United States of America", "UK", "U.K.",
        "United Kingdom", "England", "Scotland", "Wales", "Ireland", "Canada", "Mexico",
        "Brazil", "Argentina", "Chile", "Colombia", "Peru", "Germany", "France", "Spain",
        "Portugal", "Italy", "Netherlands", "The Netherlands", "Belgium", "Luxembourg",
        "Switzerland", "Austria", "Denmark", "Sweden", "Norway", "Finland", "Iceland",
        "Poland", "Czech Republic", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria",
        "Greece", "Turkey", "Türkiye", "Ukraine", "Estonia", "Latvia", "Lithuania", "Croatia",
        "Serbia", "Slovenia", "Israel", "UAE", "United Arab Emirates", "Saudi Arabia", "Qatar",
        "Egypt", "Morocco", "Nigeria", "Kenya", "Ghana", "South Africa", "Ethiopia", "India",
        "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "China", "Hong Kong", "Taiwan",
        "Japan", "South Korea", "Korea", "Singapore", "Malaysia", "Indonesia", "Philippines",
        "Vietnam", "Viet Nam", "Thailand", "Australia", "New Zealand", "Russia", "Iran", "Iraq",
        "Syria", "Jordan", "Lebanon", "Kuwait", "Oman", "Bahrain", "Afghanistan", "Tunisia",
        "Algeria", "Senegal", "Ivory Coast", "Côte d'Ivoire", "Cameroon", "Uganda", "Tanzania",
        "Rwanda", "Zimbabwe", "Zambia", "Botswana", "Namibia", "Cuba", "Dominican Republic",
        "Puerto Rico", "Jamaica", "Venezuela", "Ecuador", "Bolivia", "Uruguay", "Paraguay",
        "Costa Rica", "Panama", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Cyprus",
        "Malta", "Monaco", "Moldova", "Belarus", "Kazakhstan", "Uzbekistan", "Azerbaijan",
        "Armenia", "Mongolia", "Myanmar", "Cambodia", "Laos", "Brunei", "Macau", "Fiji",
        "Bosnia and Herzegovina", "North Macedonia", "Albania", "Montenegro", "Kosovo",
    )
)
REGIONS = frozenset(
    name.lower()
    for name in (
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
        "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec",
        "British Columbia", "Bavaria",
        "Karnataka", "Maharashtra", "Tamil Nadu", "Telangana", "Andhra Pradesh", "Kerala",
        "Delhi", "Haryana", "Uttar Pradesh", "West Bengal", "Gujarat", "Rajasthan", "Punjab",
        "Madhya Pradesh", "Odisha", "England", "Scotland", "Catalonia", "Île-de-France",
        "New South Wales", "Victoria", "Queensland",
    )
)
REMOTE = frozenset({"remote", "remote-first", "fully remote", "anywhere"})


def is_country(word: str) -> bool:
    """True for a country name or common abbreviation (USA, UK, Germany...)."""
    return word.strip().lower() in COUNTRIES or word.strip(" .()").lower() in COUNTRIES


def is_place_word(word: str) -> bool:
    """True for a state code, province code, region or country name."""
    cleaned = word.strip(" .()")
    return (
        cleaned in US_STATES
        or cleaned in CA_PROVINCES
        or word.strip().lower() in COUNTRIES
        or cleaned.lower() in COUNTRIES
        or cleaned.lower() in REGIONS
    )
