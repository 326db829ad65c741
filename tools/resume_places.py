"""Place words that make "Word, Word" read as a location rather than a company.

"Austin, TX", "Berlin, Germany" and "Bengaluru, Karnataka" share a shape with
"Stripe, Inc." and "Sales, Marketing"; a region or country on the right is
what tells them apart. A header line of its own ("San Francisco", "Germany")
is a place only when it names a known city, region or country: without that
evidence "SOA, WebLogic" or "Oracle, Business Objects" would pass. The city
list holds large and hiring-heavy cities; a smaller town still counts when a
region or country follows it ("Muncie, Indiana").
"""

from __future__ import annotations

import re

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
        "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia",
        "Tasmania", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
        "Newfoundland", "Bihar", "Jharkhand", "Chhattisgarh", "Assam", "Goa", "Himachal Pradesh",
        "Uttarakhand", "Uttaranchal", "Jammu and Kashmir", "Manipur", "Meghalaya", "Mizoram",
        "Nagaland", "Tripura", "Sikkim", "Arunachal Pradesh", "Orissa", "Pondicherry",
        "Puducherry", "Chandigarh", "NCR", "Sindh", "Ontario", "Northern Ireland",
        "Greater London", "Lombardy", "Andalusia", "Ile-de-France", "Hesse", "Saxony",
        "North Rhine-Westphalia", "Baden-Württemberg", "Lower Saxony",
    )
)
_DEGREE_LETTERS = frozenset(("MA", "MS", "MD", "PA", "DE"))
AU_STATES = frozenset(("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"))
CITIES = frozenset(
    name.lower()
    for name in (
        # North America
        "New York", "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix",
        "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose", "Austin",
        "Jacksonville", "Fort Worth", "Columbus", "Indianapolis", "San Francisco", "Seattle",
        "Denver", "Washington", "Boston", "El Paso", "Nashville", "Detroit", "Oklahoma City",
        "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee",
        "Albuquerque", "Tucson", "Fresno", "Sacramento", "Kansas City", "Mesa", "Atlanta",
        "Omaha", "Raleigh", "Miami", "Long Beach", "Virginia Beach", "Oakland", "Minneapolis",
        "Tulsa", "Tampa", "Arlington", "New Orleans", "Cleveland", "Pittsburgh", "Cincinnati",
        "St. Louis", "Saint Louis", "Orlando", "Salt Lake City", "Palo Alto", "Mountain View",
        "Sunnyvale", "Santa Clara", "Menlo Park", "Cupertino", "Redmond", "Bellevue",
        "Cambridge", "Brooklyn", "Manhattan", "Jersey City", "Newark", "Hoboken", "Princeton",
        "Ann Arbor", "Madison", "Boulder", "Durham", "Charleston", "Richmond", "Buffalo",
        "Rochester", "Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Edmonton",
        "Winnipeg", "Mississauga", "Waterloo", "Quebec City", "Mexico City", "Guadalajara",
        "Monterrey",
        # Europe
        "London", "Manchester", "Birmingham", "Leeds", "Liverpool", "Bristol", "Sheffield",
        "Edinburgh", "Glasgow", "Cardiff", "Belfast", "Oxford", "Nottingham", "Newcastle",
        "Dublin", "Cork", "Galway", "Paris", "Lyon", "Marseille", "Toulouse", "Lille",
        "Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Düsseldorf",
        "Hannover", "Leipzig", "Dresden", "Amsterdam", "Rotterdam", "The Hague", "Utrecht",
        "Eindhoven", "Brussels", "Antwerp", "Ghent", "Zurich", "Geneva", "Basel", "Bern",
        "Lausanne", "Vienna", "Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Lisbon",
        "Porto", "Rome", "Milan", "Naples", "Turin", "Florence", "Bologna", "Copenhagen",
        "Stockholm", "Gothenburg", "Malmö", "Oslo", "Bergen", "Helsinki", "Reykjavik",
        "Warsaw", "Krakow", "Kraków", "Wroclaw", "Gdansk", "Poznan", "Prague", "Brno",
        "Budapest", "Bucharest", "Cluj-Napoca", "Sofia", "Athens", "Thessaloniki", "Istanbul",
        "Ankara", "Izmir", "Kyiv", "Kiev", "Kharkiv", "Lviv", "Odesa", "Odessa", "Minsk",
        "Moscow", "Saint Petersburg", "St. Petersburg", "Tallinn", "Riga", "Vilnius",
        "Zagreb", "Belgrade", "Ljubljana", "Bratislava", "Luxembourg",
        # Asia, Middle East, Oceania
        "Mumbai", "Bombay", "Delhi", "New Delhi", "Bangalore", "Bengaluru", "Hyderabad",
        "Secunderabad", "Chennai", "Madras", "Kolkata", "Calcutta", "Pune", "Ahmedabad",
        "Surat", "Jaipur", "Lucknow", "Kanpur", "Nagpur", "Indore", "Bhopal", "Visakhapatnam",
        "Vijayawada", "Patna", "Vadodara", "Baroda", "Ludhiana", "Agra", "Nashik", "Rajkot",
        "Coimbatore", "Madurai", "Tiruchirappalli", "Trichy", "Salem", "Kochi", "Cochin",
        "Thiruvananthapuram", "Trivandrum", "Mysore", "Mysuru", "Mangalore", "Noida",
        "Gurgaon", "Gurugram", "Faridabad", "Ghaziabad", "Navi Mumbai", "Thane",
        "Bhubaneswar", "Raipur", "Ranchi", "Guwahati", "Dehradun", "Jammu", "Srinagar",
        "Amritsar", "Jalandhar", "Varanasi", "Allahabad", "Prayagraj", "Meerut", "Jodhpur",
        "Udaipur", "Kota", "Aurangabad", "Hubli", "Belgaum", "Warangal", "Guntur", "Nellore",
        "Tirupati", "Vellore", "Pondicherry", "Karachi", "Lahore", "Islamabad", "Rawalpindi",
        "Dhaka", "Chittagong", "Colombo", "Kathmandu", "Beijing", "Shanghai", "Shenzhen",
        "Guangzhou", "Hangzhou", "Chengdu", "Wuhan", "Nanjing", "Hong Kong", "Taipei", "Tokyo",
        "Osaka", "Kyoto", "Yokohama", "Seoul", "Busan", "Singapore", "Kuala Lumpur", "Penang",
        "Jakarta", "Bandung", "Surabaya", "Manila", "Quezon City", "Cebu", "Bangkok",
        "Hanoi", "Ho Chi Minh City", "Saigon", "Dubai", "Abu Dhabi", "Sharjah", "Doha",
        "Riyadh", "Jeddah", "Dammam", "Muscat", "Kuwait City", "Manama", "Tel Aviv",
        "Jerusalem", "Haifa", "Amman", "Beirut", "Tehran", "Baghdad", "Sydney", "Melbourne",
        "Brisbane", "Perth", "Adelaide", "Canberra", "Auckland", "Wellington",
        "Christchurch",
        # Africa, South America
        "Cairo", "Alexandria", "Lagos", "Abuja", "Accra", "Nairobi", "Mombasa", "Kampala",
        "Kigali", "Addis Ababa", "Dar es Salaam", "Johannesburg", "Cape Town", "Durban",
        "Pretoria", "Sandton", "Casablanca", "Rabat", "Tunis", "Algiers", "Dakar", "Abidjan",
        "São Paulo", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Brasília", "Brasilia",
        "Buenos Aires", "Córdoba", "Santiago", "Lima", "Bogotá", "Bogota", "Medellín",
        "Medellin", "Cali", "Barranquilla", "Caracas", "Quito", "Montevideo", "San Juan",
    )
)
REMOTE = frozenset({"remote", "remote-first", "fully remote", "anywhere"})
# Postal codes written after a place: US ZIP (+4), Indian PIN ("600 034"), UK, Canada, 4-digit.
_POSTAL = re.compile(
    r"(?:^|[\s,-]+)(?:\d{5}(?:-\d{4})?|\d{3}\s?\d{3}|\d{4}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Za-z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$"
)


def is_country(word: str) -> bool:
    """True for a country name or common abbreviation (USA, UK, Germany...)."""
    return word.strip().lower() in COUNTRIES or word.strip(" .()").lower() in COUNTRIES


def is_place_word(word: str) -> bool:
    """True for a state code, province code, region or country name."""
    cleaned = word.strip(" .()")
    return (
        cleaned in US_STATES
        or cleaned in CA_PROVINCES
        or cleaned in AU_STATES
        or word.strip().lower() in COUNTRIES
        or cleaned.lower() in COUNTRIES
        or cleaned.lower() in REGIONS
        or _dotted_state(cleaned)
    )


def _dotted_state(word: str) -> bool:
    """"N.J." and "N.Y" are state codes written with dots ("M.A." and "M.S." are degrees)."""
    letters = word.replace(".", "").upper()
    return "." in word and letters in US_STATES and letters not in _DEGREE_LETTERS


def is_city(word: str) -> bool:
    """True for a known city name ("Pune", "San Francisco"), any case."""
    return " ".join(word.strip(" .()").split()).lower() in CITIES


def is_known_place(word: str) -> bool:
    """A known city, region or country on its own ("Germany", "Coimbatore", "Texas")."""
    cleaned = word.strip(" .()")
    return is_city(cleaned) or cleaned.lower() in REGIONS or is_country(cleaned)


def strip_postal(text: str) -> str:
    """A place without the postal code written after it ("Austin, TX 78701" -> "Austin, TX")."""
    previous = None
    while previous != text:
        previous, text = text, _POSTAL.sub("", text).strip(" ,-")
    return text
