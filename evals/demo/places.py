"""Where the fictional people come from and live: names, cities, phones, schools.

All strings stay inside Windows-1252 so the standard PDF fonts can draw them.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """A naming tradition: first and family names, mother tongue, home country."""

    key: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    language: str
    country: str
    schools: tuple[str, ...]


@dataclass(frozen=True)
class City:
    """A place to live or work, written as resumes write it."""

    label: str
    country: str
    language: str


ORIGINS: tuple[Origin, ...] = (
    Origin("german", ("Lena", "Hannah", "Katrin", "Miriam", "Sophie", "Julia", "Kai"),
           ("Jonas", "Felix", "Tobias", "Matthias", "Lukas", "Stefan"),
           ("Becker", "Hoffmann", "Schäfer", "Krüger", "Neumann", "Vogel", "Brandt", "Lehmann"),
           "German", "DE",
           ("Technical University of Berlin", "Technical University of Munich",
            "Karlsruhe Institute of Technology", "RWTH Aachen University",
            "University of Hamburg")),
    Origin("british", ("Olivia", "Charlotte", "Emily", "Grace", "Harriet", "Sam"),
           ("Oliver", "Callum", "James", "Tom", "Rhys", "Alfie"),
           ("Whitfield", "Hughes", "Pritchard", "Fletcher", "Barnes", "Ashworth", "Kendall"),
           "English", "UK",
           ("University of Manchester", "Imperial College London", "University of Edinburgh",
            "University College London", "University of Bristol")),
    Origin("irish", ("Siobhan", "Niamh", "Aoife", "Ciara", "Orla"),
           ("Aidan", "Cian", "Darragh", "Eoin", "Ronan"),
           ("Gallagher", "O'Connor", "Doyle", "Byrne", "Kavanagh", "Brennan"),
           "English", "IE",
           ("Trinity College Dublin", "University College Dublin", "University of Galway")),
    Origin("dutch", ("Sanne", "Fleur", "Anouk", "Lotte", "Femke", "Robin"),
           ("Daan", "Bram", "Thijs", "Joost", "Ruben"),
           ("de Vries", "van Dijk", "Bakker", "Visser", "Jansen", "van den Berg", "Smit",
            "Mulder"),
           "Dutch", "NL",
           ("Delft University of Technology", "University of Amsterdam",
            "Eindhoven University of Technology", "Vrije Universiteit Amsterdam")),
    Origin("portuguese", ("Beatriz", "Inês", "Mariana", "Joana", "Catarina"),
           ("João", "Tiago", "Gonçalo", "Pedro", "Duarte"),
           ("Silva", "Ferreira", "Costa", "Almeida", "Carvalho", "Sousa", "Pereira"),
           "Portuguese", "PT",
           ("Instituto Superior Técnico, University of Lisbon", "University of Porto",
            "University of Coimbra")),
    Origin("brazilian", ("Camila", "Larissa", "Fernanda", "Juliana", "Thaís"),
           ("Rafael", "Lucas", "Gustavo", "Thiago", "Felipe"),
           ("Oliveira", "Santos", "Rocha", "Barbosa", "Ribeiro", "Moreira", "Cardoso"),
           "Portuguese", "BR",
           ("University of São Paulo", "Federal University of Minas Gerais",
            "University of Campinas")),
    Origin("spanish", ("Lucía", "Carmen", "Paula", "Elena", "Nerea"),
           ("Alejandro", "Javier", "Pablo", "Sergio", "Iker"),
           ("García", "Navarro", "Herrera", "Castillo", "Ruiz", "Ortega", "Moreno"),
           "Spanish", "ES",
           ("Universidad Politécnica de Madrid", "Universitat Politècnica de Catalunya",
            "University of Valencia")),
    Origin("mexican", ("Valentina", "Ximena", "Daniela", "Fernanda", "Regina"),
           ("Mateo", "Diego", "Andrés", "Emiliano", "Santiago"),
           ("Morales", "Vargas", "Hernández", "Gutiérrez", "Flores", "Ramírez", "Cruz"),
           "Spanish", "MX",
           ("National Autonomous University of Mexico", "Tecnológico de Monterrey")),
    Origin("north_indian", ("Priya", "Ananya", "Shreya", "Neha", "Pooja", "Ishita"),
           ("Arjun", "Rohan", "Vikram", "Aditya", "Siddharth", "Rahul"),
           ("Sharma", "Gupta", "Verma", "Malhotra", "Kapoor", "Mehta", "Joshi", "Agarwal"),
           "Hindi", "IN",
           ("IIT Bombay", "BITS Pilani", "University of Delhi", "IIT Delhi",
            "Delhi Technological University")),
    Origin("south_indian", ("Lakshmi", "Divya", "Kavya", "Meera", "Sowmya"),
           ("Karthik", "Arun", "Vignesh", "Suresh", "Pranav", "Harish"),
           ("Iyer", "Subramanian", "Krishnan", "Natarajan", "Raman", "Venkatesan"),
           "Tamil", "IN",
           ("Anna University", "NIT Trichy", "Vellore Institute of Technology",
            "IIT Madras")),
    Origin("chinese", ("Mei", "Xinyi", "Yuting", "Jing", "Lin"),
           ("Wei", "Hao", "Jun", "Zhiyuan", "Yang"),
           ("Wang", "Li", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou"),
           "Mandarin", "CN",
           ("Tsinghua University", "Zhejiang University", "Fudan University",
            "Shanghai Jiao Tong University")),
    Origin("yoruba", ("Folake", "Temitope", "Funmilayo", "Adunni", "Yewande"),
           ("Oluwaseun", "Tunde", "Babatunde", "Kayode", "Damilola"),
           ("Adeyemi", "Balogun", "Adebayo", "Ogunleye", "Afolabi", "Oyelaran"),
           "Yoruba", "NG",
           ("University of Lagos", "Obafemi Awolowo University", "Covenant University")),
    Origin("igbo", ("Chiamaka", "Adaeze", "Ngozi", "Ifeoma", "Nneka"),
           ("Chinedu", "Emeka", "Ifeanyi", "Obinna", "Chukwudi"),
           ("Okafor", "Nwosu", "Eze", "Okonkwo", "Obi", "Nwachukwu"),
           "Igbo", "NG",
           ("University of Nigeria, Nsukka", "University of Lagos",
            "Federal University of Technology Owerri")),
    Origin("ghanaian", ("Ama", "Akosua", "Efua", "Abena", "Adwoa"),
           ("Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"),
           ("Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Agyeman"),
           "Twi", "GH",
           ("Kwame Nkrumah University of Science and Technology", "University of Ghana")),
    Origin("turkish", ("Elif", "Zeynep", "Selin", "Defne", "Ebru"),
           ("Emre", "Mert", "Burak", "Can", "Kerem"),
           ("Yilmaz", "Demir", "Kaya", "Aydin", "Öztürk", "Çelik", "Arslan", "Koç"),
           "Turkish", "TR",
           ("Middle East Technical University", "Bogazici University",
            "Istanbul Technical University")),
    Origin("polish", ("Agnieszka", "Katarzyna", "Magdalena", "Zofia", "Marta"),
           ("Piotr", "Tomasz", "Krzysztof", "Jakub", "Marek"),
           ("Nowak", "Mazur", "Krawczyk", "Wójcik", "Kaczmarek", "Pawlak", "Sikora"),
           "Polish", "PL",
           ("Warsaw University of Technology", "AGH University of Science and Technology",
            "University of Warsaw")),
    Origin("arabic", ("Layla", "Nour", "Yasmin", "Rania", "Salma"),
           ("Omar", "Karim", "Youssef", "Tarek", "Hassan"),
           ("Haddad", "El-Sayed", "Mansour", "Khalil", "Nassar", "Farouk", "Bennani"),
           "Arabic", "EG",
           ("Cairo University", "American University of Beirut", "Mohammed V University")),
    Origin("japanese", ("Yuki", "Haruka", "Aiko", "Sakura", "Emi"),
           ("Kenji", "Takumi", "Haruto", "Daiki", "Sho"),
           ("Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato"),
           "Japanese", "JP",
           ("University of Tokyo", "Kyoto University", "Tokyo Institute of Technology")),
    Origin("korean", ("Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin", "Soo-ah"),
           ("Min-jun", "Ji-hoon", "Hyun-woo", "Dong-hyun", "Seung-ho"),
           ("Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"),
           "Korean", "KR",
           ("Seoul National University", "KAIST", "Yonsei University")),
    Origin("vietnamese", ("Linh", "Thao", "Ngoc", "Mai", "Huong"),
           ("Minh", "Duc", "Quang", "Tuan", "Huy"),
           ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
           "Vietnamese", "VN",
           ("Hanoi University of Science and Technology",
            "Vietnam National University, Ho Chi Minh City")),
    Origin("swedish", ("Astrid", "Ingrid", "Freja", "Elin", "Maja"),
           ("Erik", "Nils", "Oskar", "Anders", "Henrik"),
           ("Lindqvist", "Johansson", "Nyström", "Sandberg", "Holm", "Ekström", "Dahl"),
           "Swedish", "SE",
           ("KTH Royal Institute of Technology", "Chalmers University of Technology",
            "Lund University")),
    Origin("italian", ("Giulia", "Chiara", "Francesca", "Martina", "Elisa"),
           ("Marco", "Luca", "Matteo", "Davide", "Alessandro"),
           ("Rossi", "Bianchi", "Ricci", "Marino", "Greco", "Conti", "De Luca", "Esposito"),
           "Italian", "IT",
           ("Politecnico di Milano", "University of Bologna", "Sapienza University of Rome")),
    Origin("french", ("Camille", "Léa", "Chloé", "Manon", "Margaux"),
           ("Julien", "Théo", "Antoine", "Hugo", "Mathieu"),
           ("Dubois", "Moreau", "Laurent", "Lefèvre", "Girard", "Fontaine", "Mercier"),
           "French", "FR",
           ("École Polytechnique", "Université Paris-Saclay", "INSA Lyon")),
    Origin("iranian", ("Shirin", "Parisa", "Nazanin", "Mahsa", "Leila"),
           ("Arash", "Kian", "Reza", "Dariush", "Babak"),
           ("Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Tehrani", "Sadeghi"),
           "Persian", "IR",
           ("Sharif University of Technology", "University of Tehran",
            "Amirkabir University of Technology")),
    Origin("filipino", ("Maricel", "Angelica", "Kristine", "Joy", "Rowena"),
           ("Paolo", "Jericho", "Carlo", "Miguel", "Jose"),
           ("Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Dela Cruz"),
           "Filipino", "PH",
           ("University of the Philippines Diliman", "Ateneo de Manila University",
            "De La Salle University")),
    Origin("ukrainian", ("Oksana", "Olena", "Iryna", "Daryna", "Yulia"),
           ("Andriy", "Dmytro", "Oleksandr", "Taras", "Bohdan"),
           ("Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Boyko"),
           "Ukrainian", "UA",
           ("Igor Sikorsky Kyiv Polytechnic Institute", "Lviv Polytechnic National University",
            "Taras Shevchenko National University of Kyiv")),
    Origin("american", ("Madison", "Jasmine", "Rachel", "Brittany", "Kayla", "Jordan"),
           ("Tyler", "Marcus", "DeShawn", "Brandon", "Kevin", "Casey"),
           ("Johnson", "Thompson", "Robinson", "Mitchell", "Carter", "Brooks", "Bennett"),
           "English", "US",
           ("University of Michigan", "Georgia Institute of Technology",
            "New York University", "University of Texas at Austin",
            "University of California, Berkeley")),
    Origin("canadian", ("Chloe", "Avery", "Émilie", "Hannah", "Morgan"),
           ("Liam", "Noah", "Mathis", "Owen", "Ethan"),
           ("Tremblay", "Gagnon", "MacDonald", "Campbell", "Roy", "Fraser", "Bouchard"),
           "English", "CA",
           ("University of Toronto", "University of Waterloo", "McGill University",
            "University of British Columbia")),
)

CITIES: tuple[City, ...] = (
    City("Berlin, Germany", "DE", "German"),
    City("Munich, Germany", "DE", "German"),
    City("Hamburg, Germany", "DE", "German"),
    City("London, United Kingdom", "UK", "English"),
    City("London, UK", "UK", "English"),
    City("Manchester, UK", "UK", "English"),
    City("Dublin, Ireland", "IE", "English"),
    City("Amsterdam, Netherlands", "NL", "Dutch"),
    City("Rotterdam, The Netherlands", "NL", "Dutch"),
    City("Lisbon, Portugal", "PT", "Portuguese"),
    City("Porto, Portugal", "PT", "Portuguese"),
    City("Madrid, Spain", "ES", "Spanish"),
    City("Barcelona, Spain", "ES", "Spanish"),
    City("Warsaw, Poland", "PL", "Polish"),
    City("Stockholm, Sweden", "SE", "Swedish"),
    City("Paris, France", "FR", "French"),
    City("New York, NY", "US", "English"),
    City("Brooklyn, NY, USA", "US", "English"),
    City("San Francisco, CA", "US", "English"),
    City("Austin, TX", "US", "English"),
    City("Toronto, ON, Canada", "CA", "English"),
    City("Toronto, Canada", "CA", "English"),
    City("Montreal, QC, Canada", "CA", "French"),
    City("Bangalore, India", "IN", "Kannada"),
    City("Bengaluru, Karnataka", "IN", "Kannada"),
    City("Pune, India", "IN", "Marathi"),
    City("Hyderabad, India", "IN", "Telugu"),
    City("Remote", "", ""),
)
"""The same city is sometimes written two ways, as people do."""

HOME_CITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DE", ("Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt am Main")),
    ("UK", ("London", "Manchester", "Leeds", "Bristol")),
    ("IE", ("Dublin", "Cork")),
    ("NL", ("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven")),
    ("PT", ("Lisbon", "Porto", "Braga")),
    ("BR", ("São Paulo", "Belo Horizonte", "Florianópolis")),
    ("ES", ("Madrid", "Barcelona", "Valencia")),
    ("MX", ("Mexico City", "Guadalajara", "Monterrey")),
    ("IN", ("Bangalore", "Pune", "Hyderabad", "Chennai", "Gurgaon")),
    ("CN", ("Shanghai", "Shenzhen", "Hangzhou")),
    ("NG", ("Lagos", "Abuja")),
    ("GH", ("Accra", "Kumasi")),
    ("TR", ("Istanbul", "Ankara", "Izmir")),
    ("PL", ("Warsaw", "Kraków", "Wroclaw")),
    ("EG", ("Cairo", "Alexandria")),
    ("JP", ("Tokyo", "Osaka")),
    ("KR", ("Seoul", "Pangyo")),
    ("VN", ("Hanoi", "Ho Chi Minh City")),
    ("SE", ("Stockholm", "Gothenburg")),
    ("IT", ("Milan", "Turin", "Bologna")),
    ("FR", ("Paris", "Lyon", "Nantes")),
    ("IR", ("Tehran", "Isfahan")),
    ("PH", ("Manila", "Cebu City")),
    ("UA", ("Kyiv", "Lviv")),
    ("US", ("New York, NY", "San Francisco, CA", "Chicago, IL", "Austin, TX", "Seattle, WA")),
    ("CA", ("Toronto, ON", "Vancouver, BC", "Montreal, QC")),
)
"""Cities for earlier jobs, by country code."""

PHONE_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DE", ("+49 30 #### ####", "+49 (0)30 #######", "030 #### ####", "+49 151 #### ####",
            "+49 176 ########")),
    ("UK", ("+44 20 7946 0###", "020 7946 0###", "+44 7700 900###", "07700 900###")),
    ("IE", ("+353 87 ### ####", "+353 1 ### ####", "087-###-####")),
    ("NL", ("+31 6 #### ####", "06-########", "+31 20 ### ####")),
    ("PT", ("+351 91# ### ###", "+351 21 ### ####", "912 ### ###")),
    ("BR", ("+55 11 9####-####", "+55 (31) 9####-####")),
    ("ES", ("+34 6## ### ###", "+34 91 ### ## ##")),
    ("MX", ("+52 55 #### ####", "+52 1 33 #### ####")),
    ("IN", ("+91 98### #####", "+91-99###-#####", "+91 80 #### ####", "098## #####")),
    ("CN", ("+86 138 #### ####", "+86 21 #### ####")),
    ("NG", ("+234 803 ### ####", "+234 (0) 809 ### ####")),
    ("GH", ("+233 24 ### ####", "+233 20 ### ####")),
    ("TR", ("+90 532 ### ## ##", "+90 (212) ### ## ##")),
    ("PL", ("+48 5## ### ###", "+48 22 ### ## ##")),
    ("EG", ("+20 10 #### ####", "+20 2 #### ####")),
    ("JP", ("+81 90-####-####", "+81 3-####-####")),
    ("KR", ("+82 10-####-####", "+82 2-###-####")),
    ("VN", ("+84 9# ### ####", "+84 28 #### ####")),
    ("SE", ("+46 70 ### ## ##", "+46 8 ### ### ##")),
    ("IT", ("+39 3## ### ####", "+39 02 #### ####")),
    ("FR", ("+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 1 ## ## ## ##")),
    ("IR", ("+98 912 ### ####", "+98 21 #### ####")),
    ("PH", ("+63 917 ### ####", "+63 2 #### ####")),
    ("UA", ("+380 67 ### ## ##", "+380 44 ### ####")),
    ("US", ("(212) 555-01##", "+1 646-555-01##", "917.555.01##", "+1 (415) 555-01##",
            "512-555-01##")),
    ("CA", ("+1 416-555-01##", "(647) 555-01##", "+1 (514) 555-01##", "416.555.01##")),
)
"""Digits land in ranges reserved for fiction where such ranges exist (555-01xx, 7946 0xxx)."""

EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")


def lookup(table: tuple[tuple[str, tuple[str, ...]], ...], key: str) -> tuple[str, ...]:
    """The value for `key` in a tuple-of-pairs table."""
    for name, values in table:
        if name == key:
            return values
    raise KeyError(key)


def ascii_fold(text: str) -> str:
    """`Gonçalo Öztürk` -> `goncalo ozturk`: usable in e-mail addresses and URLs."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ord(ch) < 128).lower()


def make_phone(rng: random.Random, country: str) -> str:
    """A phone number in one of the country's usual written forms."""
    pattern = rng.choice(lookup(PHONE_PATTERNS, country))
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def handle_parts(first: str, last: str) -> tuple[str, str]:
    """Lower-case ASCII first and last name without spaces, hyphens or apostrophes."""

    def clean(part: str) -> str:
        return "".join(ch for ch in ascii_fold(part) if ch.isalnum())

    return clean(first), clean(last)


def make_email(rng: random.Random, first: str, last: str) -> str:
    """An address in one of the common personal shapes."""
    f, s = handle_parts(first, last)
    local = rng.choice(
        (f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}_{s}{rng.randrange(70, 100)}",
         f"{s}.{f}", f"{f}.{s[0]}", f"{f[0]}{s}{rng.randrange(1, 10)}")
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def make_links(rng: random.Random, first: str, last: str, with_github: bool) -> tuple[str, ...]:
    """LinkedIn and/or GitHub profile addresses, or none."""
    f, s = handle_parts(first, last)
    links: list[str] = []
    if rng.random() < 0.7:
        slug = rng.choice((f"{f}-{s}", f"{f}{s}", f"{f}-{s}-{rng.randrange(10, 99)}"))
        prefix = rng.choice(("linkedin.com/in/", "https://www.linkedin.com/in/",
                             "www.linkedin.com/in/"))
        links.append(prefix + slug)
    if with_github and rng.random() < 0.6:
        handle = rng.choice((f"{f}{s}", f"{f[0]}{s}", f"{f}-{s[:3]}", f"{s}{f[0]}dev"))
        links.append(rng.choice(("github.com/", "https://github.com/")) + handle)
    return tuple(links)


COUNTRY_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DE", ("Germany",)), ("UK", ("United Kingdom", "UK")), ("IE", ("Ireland",)),
    ("NL", ("Netherlands",)), ("PT", ("Portugal",)), ("BR", ("Brazil",)),
    ("ES", ("Spain",)), ("MX", ("Mexico",)), ("IN", ("India",)), ("CN", ("China",)),
    ("NG", ("Nigeria",)), ("GH", ("Ghana",)), ("TR", ("Turkey",)), ("PL", ("Poland",)),
    ("EG", ("Egypt",)), ("JP", ("Japan",)), ("KR", ("South Korea",)),
    ("VN", ("Vietnam",)), ("SE", ("Sweden",)), ("IT", ("Italy",)), ("FR", ("France",)),
    ("IR", ("Iran",)), ("PH", ("Philippines",)), ("UA", ("Ukraine",)),
    ("US", ("USA",)), ("CA", ("Canada",)),
)


def home_city(rng: random.Random, country: str) -> str:
    """A city in the country, written with its country as resumes usually do."""
    city = rng.choice(lookup(HOME_CITIES, country))
    if "," in city:
        return city
    return f"{city}, {lookup(COUNTRY_NAMES, country)[0]}"
