# ruff: noqa: E501
"""Build the blind evaluation corpus: full-size saved news pages in many site styles.

Writes <name>.html and <name>.expected.json beside this file, overwriting what is there;
safe to re-run, and deterministic (the same bytes every time). Run from the repo root:

    python bench/corpus/blind/build_blind.py

The pages imitate how real news sites mark up a story page; the stories, names and numbers
are invented (see blind_stories.py). Written without reading the extractor.
"""

import html
import json
import random
import re
import sys
import unicodedata
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep __pycache__ out of the corpus folder

from blind_stories import STORIES  # noqa: E402

# --------------------------------------------------------------------------- text helpers

LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
ITALIC_RE = re.compile(r"(?<![\w/])_(.+?)_(?!\w)")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def h(s):
    """Story markup to HTML."""
    out = esc(s)
    out = LINK_RE.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', out)
    out = BOLD_RE.sub(r"<strong>\1</strong>", out)
    out = ITALIC_RE.sub(r"<em>\1</em>", out)
    return out.replace("\u00a0", "&nbsp;")


def t(s):
    """Story markup to the text a reader sees (no-break spaces read as spaces)."""
    out = LINK_RE.sub(r"\1", s)
    out = BOLD_RE.sub(r"\1", out)
    out = ITALIC_RE.sub(r"\1", out)
    return out.replace("\u00a0", " ")


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def story_items(name):
    st = STORIES[name]
    if "pages" in st:
        return [item for page in st["pages"] for item in page]
    return st["paras"]


def expected_body(items):
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(t(item))
        elif item[0] == "h2":
            out.append(t(item[1]))
        else:
            out.extend(t(x) for x in item[1])
    return out


def plain_text(items):
    return "\n\n".join(expected_body(items))


def render(items, p, h2=None, ul=None, inserts=None, first_prefix="", last_suffix=""):
    """Render story items with a site's paragraph markup; inserts[i] goes after item i."""
    h2 = h2 or (lambda s: f"<h2>{s}</h2>")
    ul = ul or (lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>")
    inserts = inserts or {}
    out = []
    last = len(items) - 1
    for i, item in enumerate(items):
        if isinstance(item, str):
            body = h(item)
            if i == 0:
                body = first_prefix + body
            if i == last:
                body = body + last_suffix
            out.append(p(body))
        elif item[0] == "h2":
            out.append(h2(h(item[1])))
        else:
            out.append(ul([h(x) for x in item[1]]))
        if i in inserts:
            out.append(inserts[i])
    return "\n".join(out)


# --------------------------------------------------------------------------- dates

ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DE_MONTHS = [
    "Januar",
    "Februar",
    "M\u00e4rz",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MONTHS = [
    "janvier",
    "f\u00e9vrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "ao\u00fbt",
    "septembre",
    "octobre",
    "novembre",
    "d\u00e9cembre",
]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
IT_MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
TL_MONTHS = [
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
]


def when(s):
    return datetime.fromisoformat(s)


def iso(d):
    """ISO 8601 with Z for UTC, as the expected answers write it."""
    s = d.isoformat()
    return s[:-6] + "Z" if s.endswith("+00:00") else s


def utc(d):
    return d.astimezone(UTC)


def utc_z(d, ms=False):
    u = utc(d)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def id_long(d, zone="WIB"):
    return f"{ID_DAYS[d.weekday()]}, {d.day} {ID_MONTHS[d.month - 1]} {d.year} {d:%H:%M} {zone}"


def id_short(d, zone="WIB"):
    return f"{ID_DAYS[d.weekday()]}, {d.day:02d} {ID_MON[d.month - 1]} {d.year} {d:%H:%M} {zone}"


def ampm(d):
    hour = d.hour % 12 or 12
    return f"{hour}:{d:%M} {'PM' if d.hour >= 12 else 'AM'}"


def expected(name, title, d, items, date_only=False, at=None):
    answer = {"title": title, "published_on": d.date().isoformat()}
    if not date_only:
        answer["published_at"] = at or iso(d)
    answer["body"] = expected_body(items)
    return answer


# --------------------------------------------------------------------------- filler vocabulary

HEADLINES = {
    "id": (
        [
            "Pemprov DKI",
            "Kemenkes",
            "Polda Metro Jaya",
            "BMKG",
            "Menteri BUMN",
            "KPU",
            "Timnas U-23",
            "PLN",
            "Bank Indonesia",
            "Pemkot Surabaya",
            "DPR",
            "Kejagung",
            "Pertamina",
            "BPOM",
        ],
        [
            "Siapkan",
            "Umumkan",
            "Tunda",
            "Tambah",
            "Evaluasi",
            "Bantah",
            "Pastikan",
            "Kaji",
            "Targetkan",
            "Soroti",
            "Tolak",
            "Percepat",
        ],
        [
            "Anggaran Rp 2 Triliun untuk Penanganan Banjir",
            "Jadwal Baru Pilkada Serentak",
            "Skema Subsidi Listrik 2024",
            "Rekayasa Lalu Lintas Saat Libur Panjang",
            "Rencana Impor Beras",
            "Program Makan Gratis di Sekolah",
            "Kenaikan Suku Bunga Acuan",
            "Status Siaga Cuaca Ekstrem",
            "Pembangunan Stadion Baru",
            "Aturan Baru Pinjaman Online",
            "Harga BBM Nonsubsidi",
            "Seleksi CPNS Tahap Dua",
        ],
        [
            "",
            "",
            "",
            ", Ini Kata Warga",
            ", Begini Penjelasannya",
            ", Simak Jadwalnya",
            ": Tidak Ada Toleransi",
            ", Warganet Bereaksi",
        ],
    ),
    "en": (
        [
            "City council",
            "Police",
            "Health officials",
            "Central bank",
            "School district",
            "Union leaders",
            "Firefighters",
            "Prime minister",
            "Energy regulator",
            "Tech giant",
            "Senate",
            "Transit agency",
        ],
        [
            "backs",
            "delays",
            "rejects",
            "unveils",
            "warns over",
            "faces questions over",
            "approves",
            "scraps",
            "defends",
            "launches",
        ],
        [
            "plan for new bus lanes",
            "rise in water bills",
            "hospital waiting times",
            "cuts to library hours",
            "housing target",
            "review of speed limits",
            "overnight rail closures",
            "AI rules",
            "budget shortfall",
            "school meals scheme",
            "airport expansion",
            "heat pump grants",
        ],
        ["", "", "", " \u2013 live", ": what we know", " amid protests", " after vote"],
    ),
    "de": (
        [
            "Bundesregierung",
            "Stadtrat",
            "Polizei",
            "Gewerkschaft",
            "Landesregierung",
            "Bundesbank",
            "Verbraucherschützer",
            "Bahn",
            "Kassenärzte",
            "Bauernverband",
            "Bundestag",
            "Ministerpräsident",
        ],
        [
            "plant",
            "kritisiert",
            "stoppt",
            "verschiebt",
            "prüft",
            "fordert",
            "warnt vor",
            "beschließt",
            "verteidigt",
            "lehnt",
        ],
        [
            "neue Radwege",
            "höhere Mieten",
            "Streik im Nahverkehr",
            "Reform der Grundsteuer",
            "Kita-Gebühren",
            "Ausbau der Windkraft",
            "längere Öffnungszeiten",
            "Sparpaket für Kliniken",
            "Tempo 30 in Innenstädten",
            "Heizungsgesetz",
            "Deutschlandticket",
            "Schuldenbremse",
        ],
        ["", "", "", " \u2013 was jetzt gilt", ": Die wichtigsten Fragen", " im Überblick"],
    ),
    "fr": (
        [
            "Le gouvernement",
            "La mairie de Paris",
            "Les syndicats",
            "La SNCF",
            "Le Conseil d'Etat",
            "Les agriculteurs",
            "La préfecture",
            "L'Assemblée nationale",
            "Les médecins",
            "La région",
            "Le Sénat",
            "La RATP",
        ],
        [
            "annonce",
            "suspend",
            "conteste",
            "prépare",
            "valide",
            "dénonce",
            "repousse",
            "lance",
            "défend",
            "renonce à",
        ],
        [
            "la réforme de l'assurance-chômage",
            "un plan contre la sécheresse",
            "la hausse des péages",
            "la fermeture de classes",
            "un nouveau tramway",
            "les zones à faibles émissions",
            "la taxe foncière",
            "le projet de loi sur l'immigration",
            "la ligne à grande vitesse",
            "le budget des hôpitaux",
        ],
        ["", "", "", " : ce qu'il faut savoir", " : on vous explique", ", la colère monte"],
    ),
    "es": (
        [
            "El Gobierno",
            "El Ayuntamiento de Madrid",
            "Los sindicatos",
            "Renfe",
            "El Supremo",
            "Los agricultores",
            "La Generalitat",
            "El Congreso",
            "Los médicos",
            "La Junta",
            "El Senado",
            "Aena",
        ],
        [
            "aprueba",
            "aplaza",
            "recurre",
            "prepara",
            "avala",
            "denuncia",
            "rechaza",
            "lanza",
            "defiende",
            "suspende",
        ],
        [
            "la reforma de las pensiones",
            "un plan contra la sequía",
            "la subida de la luz",
            "el cierre de aulas rurales",
            "una nueva línea de metro",
            "las zonas de bajas emisiones",
            "el impuesto a la banca",
            "la ley de vivienda",
            "el tren a Extremadura",
            "el presupuesto sanitario",
        ],
        ["", "", "", ": claves", ", en directo", " entre críticas"],
    ),
    "pt": (
        [
            "Governo federal",
            "Prefeitura de São Paulo",
            "Sindicatos",
            "STF",
            "Câmara",
            "Agricultores",
            "Governo do Rio",
            "Senado",
            "Médicos",
            "Anvisa",
            "Banco Central",
            "Metrô",
        ],
        [
            "aprova",
            "adia",
            "contesta",
            "prepara",
            "libera",
            "critica",
            "suspende",
            "lança",
            "defende",
            "rejeita",
        ],
        [
            "reforma tributária",
            "plano contra enchentes",
            "aumento da tarifa de ônibus",
            "fechamento de escolas",
            "nova linha de metrô",
            "regras para aplicativos",
            "imposto sobre herança",
            "programa de moradia",
            "concurso público",
            "orçamento da saúde",
        ],
        ["", "", "", "; entenda", "; veja o que muda", " após pressão"],
    ),
    "it": (
        [
            "Il governo",
            "Il Comune di Milano",
            "I sindacati",
            "Trenitalia",
            "La Consulta",
            "Gli agricoltori",
            "La Regione Lazio",
            "Il Senato",
            "I medici di base",
            "L'Antitrust",
            "La Camera",
            "Atac",
        ],
        [
            "approva",
            "rinvia",
            "contesta",
            "prepara",
            "boccia",
            "denuncia",
            "sospende",
            "lancia",
            "difende",
            "respinge",
        ],
        [
            "la riforma delle pensioni",
            "il piano contro la siccità",
            "gli aumenti dei pedaggi",
            "la chiusura delle scuole",
            "la nuova linea della metro",
            "le zone a traffico limitato",
            "la tassa sugli extraprofitti",
            "il ddl concorrenza",
            "l'alta velocità al Sud",
            "il bilancio della sanità",
        ],
        ["", "", "", ": cosa cambia", ", la protesta", ". Le reazioni"],
    ),
    "nl": (
        [
            "Kabinet",
            "Gemeente Amsterdam",
            "Vakbonden",
            "NS",
            "Raad van State",
            "Boeren",
            "Provincie Utrecht",
            "Tweede Kamer",
            "Huisartsen",
            "ACM",
            "Rijkswaterstaat",
            "KNMI",
        ],
        [
            "steunt",
            "stelt uit:",
            "bekritiseert",
            "presenteert",
            "keurt goed:",
            "waarschuwt voor",
            "schrapt",
            "lanceert",
            "verdedigt",
            "wijst af:",
        ],
        [
            "plan voor woningbouw",
            "hogere huren",
            "staking in het ov",
            "hervorming van de zorg",
            "nieuwe windparken",
            "lagere maximumsnelheid",
            "stikstofregels",
            "bezuiniging op onderwijs",
            "nieuwe treinverbinding",
            "energietoeslag",
        ],
        ["", "", "", "", " na kritiek"],
    ),
    "ms": (
        [
            "Kerajaan",
            "DBKL",
            "Kesatuan sekerja",
            "KTMB",
            "Mahkamah Persekutuan",
            "Petani",
            "Kerajaan Selangor",
            "Dewan Rakyat",
            "Doktor kontrak",
            "Bank Negara",
            "SPRM",
            "JPJ",
        ],
        [
            "umum",
            "tangguh",
            "bantah",
            "sedia",
            "lulus",
            "kritik",
            "gantung",
            "lancar",
            "pertahan",
            "tolak",
        ],
        [
            "pelan perumahan mampu milik",
            "kenaikan tarif air",
            "mogok pengangkutan awam",
            "reformasi subsidi",
            "projek LRT baharu",
            "had laju baharu",
            "cukai jualan",
            "peruntukan pendidikan",
            "laluan kereta api",
            "bantuan tunai",
        ],
        ["", "", "", " - menteri", " - laporan"],
    ),
    "tl": (
        [
            "Palasyo",
            "MMDA",
            "Mga tsuper",
            "LTFRB",
            "Korte Suprema",
            "Mga magsasaka",
            "QC LGU",
            "Senado",
            "Mga nurse",
            "BSP",
            "DepEd",
            "PAGASA",
        ],
        [
            "naglabas ng",
            "ipinagpaliban ang",
            "tumutol sa",
            "naghahanda ng",
            "inaprubahan ang",
            "binatikos ang",
            "sinuspinde ang",
            "inilunsad ang",
            "ipinagtanggol ang",
            "tinanggihan ang",
        ],
        [
            "bagong pasahe sa jeep",
            "dagdag-sahod",
            "number coding",
            "pondo para sa baha",
            "bagong tulay",
            "presyo ng asukal",
            "ayuda sa mahihirap",
            "bagong linya ng tren",
            "libreng sakay",
            "buwis sa online selling",
        ],
        ["", "", "", "!", " \u2014 ulat"],
    ),
}

TOPICS = {
    "id": [
        "Jakarta",
        "Jawa Barat",
        "Jawa Tengah",
        "Jawa Timur",
        "Bali",
        "Sumatera Utara",
        "Sulawesi Selatan",
        "Kalimantan Timur",
        "Papua",
        "Aceh",
        "Riau",
        "Banten",
        "Yogyakarta",
        "NTT",
        "Maluku",
        "Politik",
        "Hukum",
        "Ekonomi",
        "Bisnis",
        "Olahraga",
        "Liga 1",
        "Otomotif",
        "Tekno",
        "Gaya Hidup",
        "Kesehatan",
        "Travel",
        "Kuliner",
        "Seleb",
        "Pendidikan",
        "Properti",
        "Keuangan",
        "Energi",
        "Infografis",
        "Foto",
        "Video",
        "Cek Fakta",
        "Opini",
        "Internasional",
        "Sains",
        "Hiburan",
    ],
    "en": [
        "UK",
        "World",
        "Business",
        "Politics",
        "Tech",
        "Science",
        "Health",
        "Education",
        "Climate",
        "Entertainment",
        "Arts",
        "Sport",
        "Football",
        "Cricket",
        "Tennis",
        "Golf",
        "Opinion",
        "Culture",
        "Travel",
        "Food",
        "Money",
        "Markets",
        "Europe",
        "Asia",
        "Africa",
        "Americas",
        "Middle East",
        "Australia",
        "Local news",
        "Obituaries",
        "Weather",
        "Video",
        "Podcasts",
        "Newsletters",
        "Puzzles",
        "Crosswords",
        "Lifestyle",
        "Real estate",
        "Autos",
        "Jobs",
    ],
    "de": [
        "Politik",
        "Ausland",
        "Panorama",
        "Sport",
        "Wirtschaft",
        "Netzwelt",
        "Wissenschaft",
        "Kultur",
        "Leben",
        "Geschichte",
        "Gesundheit",
        "Reise",
        "Auto",
        "Karriere",
        "Familie",
        "Bayern",
        "Berlin",
        "Hamburg",
        "Nordrhein-Westfalen",
        "Sachsen",
        "Hessen",
        "Bundesliga",
        "Formel 1",
        "Wetter",
        "Meinung",
        "Podcasts",
        "Videos",
        "Bildung",
        "Klima",
        "Digital",
        "Börse",
        "Geld",
        "Verbraucher",
        "Regional",
        "Kommentar",
        "Faktenfinder",
        "Liveblog",
        "Europa",
        "USA",
        "Nahost",
    ],
    "fr": [
        "Politique",
        "International",
        "Société",
        "Economie",
        "Planète",
        "Sport",
        "Culture",
        "Sciences",
        "Idées",
        "Pixels",
        "M le mag",
        "Santé",
        "Education",
        "Campus",
        "Paris",
        "Lyon",
        "Marseille",
        "Toulouse",
        "Bordeaux",
        "Lille",
        "Nantes",
        "Strasbourg",
        "Football",
        "Rugby",
        "Cyclisme",
        "Cinéma",
        "Musique",
        "Livres",
        "Séries",
        "Météo",
        "Emploi",
        "Immobilier",
        "Argent",
        "Vidéos",
        "Podcasts",
        "Décodeurs",
        "Europe",
        "Afrique",
        "Amériques",
        "Asie",
    ],
    "es": [
        "España",
        "Internacional",
        "Economía",
        "Sociedad",
        "Cultura",
        "Deportes",
        "Tecnología",
        "Ciencia",
        "Opinión",
        "Madrid",
        "Cataluña",
        "Andalucía",
        "Comunidad Valenciana",
        "Galicia",
        "País Vasco",
        "Clima",
        "Salud",
        "Educación",
        "Vivienda",
        "Fútbol",
        "Baloncesto",
        "Cine",
        "Música",
        "Libros",
        "Televisión",
        "Gastronomía",
        "Viajes",
        "Moda",
        "Podcasts",
        "Vídeos",
        "Negocios",
        "Mercados",
        "América",
        "México",
        "Colombia",
        "Argentina",
        "Chile",
        "Estados Unidos",
        "Europa",
        "Asia",
    ],
    "pt": [
        "Poder",
        "Mundo",
        "Mercado",
        "Cotidiano",
        "Esporte",
        "Ilustrada",
        "Ciência",
        "Saúde",
        "Educação",
        "Ambiente",
        "Tecnologia",
        "Opinião",
        "São Paulo",
        "Rio de Janeiro",
        "Minas Gerais",
        "Bahia",
        "Paraná",
        "Pernambuco",
        "Rio Grande do Sul",
        "Futebol",
        "Fórmula 1",
        "Cinema",
        "Música",
        "Livros",
        "Televisão",
        "Comida",
        "Turismo",
        "Empregos",
        "Imóveis",
        "Podcasts",
        "Vídeos",
        "Colunistas",
        "Eleições",
        "Economia",
        "Agronegócio",
        "Cultura",
        "Folhinha",
        "Equilíbrio",
        "Seminários",
        "Newsletters",
    ],
    "it": [
        "Politica",
        "Cronache",
        "Esteri",
        "Economia",
        "Sport",
        "Cultura",
        "Spettacoli",
        "Salute",
        "Scienze",
        "Tecnologia",
        "Motori",
        "Viaggi",
        "Cucina",
        "Moda",
        "Milano",
        "Roma",
        "Torino",
        "Napoli",
        "Bologna",
        "Firenze",
        "Venezia",
        "Calcio",
        "Serie A",
        "Tennis",
        "Formula 1",
        "Cinema",
        "Musica",
        "Libri",
        "Televisione",
        "Scuola",
        "Lavoro",
        "Casa",
        "Risparmio",
        "Meteo",
        "Video",
        "Podcast",
        "Opinioni",
        "Europa",
        "America",
        "Medio Oriente",
    ],
    "nl": [
        "Binnenland",
        "Buitenland",
        "Politiek",
        "Economie",
        "Koningshuis",
        "Tech",
        "Cultuur & Media",
        "Opmerkelijk",
        "Regionaal nieuws",
        "Sport",
        "Voetbal",
        "Schaatsen",
        "Wielrennen",
        "Formule 1",
        "Tennis",
        "Darts",
        "Olympische Spelen",
        "Groningen",
        "Friesland",
        "Drenthe",
        "Overijssel",
        "Gelderland",
        "Utrecht",
        "Noord-Holland",
        "Zuid-Holland",
        "Zeeland",
        "Noord-Brabant",
        "Limburg",
        "Flevoland",
        "Klimaat",
        "Gezondheid",
        "Onderwijs",
        "Wonen",
        "Verkeer",
        "Weer",
        "Video",
        "Podcasts",
        "Liveblogs",
        "Uitgelegd",
        "Nieuwsuur",
    ],
    "ms": [
        "Berita",
        "Politik",
        "Ekonomi",
        "Dunia",
        "Sukan",
        "Hiburan",
        "Pendapat",
        "Kolum",
        "Surat",
        "Sabah",
        "Sarawak",
        "Selangor",
        "Johor",
        "Kelantan",
        "Terengganu",
        "Pulau Pinang",
        "Kedah",
        "Perak",
        "Pahang",
        "Melaka",
        "Negeri Sembilan",
        "Perlis",
        "Kuala Lumpur",
        "Pendidikan",
        "Kesihatan",
        "Alam Sekitar",
        "Teknologi",
        "Gaya Hidup",
        "Video",
        "Podcast",
        "Bahasa Inggeris",
        "Cina",
        "Tamil",
        "KiniTV",
        "Infografik",
        "Belanjawan",
        "Pilihan Raya",
        "Mahkamah",
        "Jenayah",
        "Rasuah",
    ],
    "tl": [
        "Balita",
        "Metro",
        "Probinsiya",
        "Showbiz",
        "Sports",
        "PBA",
        "Boxing",
        "Negosyo",
        "Opinyon",
        "Editoryal",
        "Kolum",
        "Horoscope",
        "Lifestyle",
        "Kalusugan",
        "Tech",
        "Bulgar",
        "Maynila",
        "Quezon City",
        "Pasig",
        "Makati",
        "Cebu",
        "Davao",
        "Iloilo",
        "Pampanga",
        "Batangas",
        "Cavite",
        "Laguna",
        "Bulacan",
        "Pangasinan",
        "Video",
        "Podcast",
        "Trending",
        "Viral",
        "Weather",
        "Traffic",
        "OFW",
        "Mundo",
        "Politika",
        "Halalan",
        "Krimen",
    ],
}

UI = {
    "id": {
        "consent": "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.",
        "ok": "Setuju",
        "popular": "Terpopuler",
        "latest": "Berita Terkini",
        "newsletter": "Dapatkan berita pilihan langsung di email Anda setiap pagi.",
        "subscribe": "Berlangganan",
        "share": "Bagikan",
        "copyright": "Hak Cipta Dilindungi Undang-Undang.",
        "about": [
            "Tentang Kami",
            "Redaksi",
            "Pedoman Media Siber",
            "Kode Etik",
            "Karir",
            "Iklan",
            "Kontak",
            "Privacy Policy",
            "Disclaimer",
            "Sitemap",
        ],
    },
    "en": {
        "consent": "We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time.",
        "ok": "Accept all",
        "popular": "Most read",
        "latest": "Latest",
        "newsletter": "Get our morning briefing delivered to your inbox.",
        "subscribe": "Sign up",
        "share": "Share",
        "copyright": "All rights reserved.",
        "about": [
            "About us",
            "Contact us",
            "Careers",
            "Advertise",
            "Terms of use",
            "Privacy policy",
            "Cookie settings",
            "Accessibility",
            "Help",
            "Corrections",
        ],
    },
    "de": {
        "consent": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit in den Einstellungen ändern.",
        "ok": "Akzeptieren und weiter",
        "popular": "Meistgelesen",
        "latest": "Neueste Artikel",
        "newsletter": "Die wichtigsten Nachrichten des Tages, jeden Abend in Ihrem Postfach.",
        "subscribe": "Jetzt anmelden",
        "share": "Teilen",
        "copyright": "Alle Rechte vorbehalten.",
        "about": [
            "Impressum",
            "Datenschutz",
            "Nutzungsbedingungen",
            "Kontakt",
            "Mediadaten",
            "Abo kündigen",
            "Hilfe",
            "Barrierefreiheit",
            "Jobs",
            "Presse",
        ],
    },
    "fr": {
        "consent": "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
        "ok": "Accepter et fermer",
        "popular": "Les plus lus",
        "latest": "Dernières actus",
        "newsletter": "Recevez chaque matin l'essentiel de l'actualité.",
        "subscribe": "S'inscrire",
        "share": "Partager",
        "copyright": "Tous droits réservés.",
        "about": [
            "Mentions légales",
            "Charte",
            "Politique de confidentialité",
            "Gestion des cookies",
            "Contact",
            "Publicité",
            "Aide",
            "Recrutement",
            "Conditions générales",
            "Plan du site",
        ],
    },
    "es": {
        "consent": "Utilizamos cookies propias y de terceros con fines analíticos y para mostrarte publicidad personalizada. Puedes aceptarlas o configurar tus preferencias.",
        "ok": "Aceptar y continuar",
        "popular": "Lo más visto",
        "latest": "Últimas noticias",
        "newsletter": "Recibe cada mañana las noticias más importantes del día.",
        "subscribe": "Suscríbete",
        "share": "Compartir",
        "copyright": "Todos los derechos reservados.",
        "about": [
            "Aviso legal",
            "Política de privacidad",
            "Política de cookies",
            "Contacto",
            "Publicidad",
            "Trabaja con nosotros",
            "Defensora del lector",
            "Libro de estilo",
            "Mapa web",
            "Ayuda",
        ],
    },
    "pt": {
        "consent": "Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.",
        "ok": "Entendi",
        "popular": "Mais lidas",
        "latest": "Últimas",
        "newsletter": "Receba no seu email as principais notícias do dia.",
        "subscribe": "Assine",
        "share": "Compartilhe",
        "copyright": "Todos os direitos reservados.",
        "about": [
            "Fale conosco",
            "Expediente",
            "Termos de uso",
            "Política de privacidade",
            "Anuncie",
            "Trabalhe conosco",
            "Ombudsman",
            "Manual da Redação",
            "Central do assinante",
            "Acervo",
        ],
    },
    "it": {
        "consent": "Noi e i nostri partner utilizziamo cookie o tecnologie simili per archiviare e accedere a informazioni personali come i dati di navigazione per finalità pubblicitarie.",
        "ok": "Accetta e continua",
        "popular": "I più letti",
        "latest": "Ultime notizie",
        "newsletter": "Le notizie più importanti della giornata, ogni sera nella tua casella.",
        "subscribe": "Iscriviti",
        "share": "Condividi",
        "copyright": "Tutti i diritti riservati.",
        "about": [
            "Chi siamo",
            "Redazione",
            "Privacy",
            "Cookie policy",
            "Preferenze cookie",
            "Pubblicità",
            "Servizio clienti",
            "Lavora con noi",
            "Codice etico",
            "Mappa del sito",
        ],
    },
    "nl": {
        "consent": "Wij gebruiken cookies om onze website te verbeteren en om inhoud van derden, zoals video's, te kunnen tonen. Je kunt je keuze altijd aanpassen.",
        "ok": "Akkoord",
        "popular": "Meest gelezen",
        "latest": "Laatste nieuws",
        "newsletter": "Elke ochtend het belangrijkste nieuws in je mailbox.",
        "subscribe": "Aanmelden",
        "share": "Delen",
        "copyright": "Alle rechten voorbehouden.",
        "about": [
            "Over ons",
            "Contact",
            "Privacy",
            "Cookies",
            "Toegankelijkheid",
            "Vacatures",
            "Klachten",
            "Journalistieke code",
            "Pers",
            "Help",
        ],
    },
    "ms": {
        "consent": "Kami menggunakan kuki untuk memperbaik pengalaman anda. Dengan meneruskan, anda bersetuju dengan dasar privasi kami.",
        "ok": "Saya setuju",
        "popular": "Paling popular",
        "latest": "Terkini",
        "newsletter": "Dapatkan berita pilihan terus ke e-mel anda setiap pagi.",
        "subscribe": "Langgan",
        "share": "Kongsi",
        "copyright": "Hak cipta terpelihara.",
        "about": [
            "Tentang kami",
            "Hubungi kami",
            "Kerjaya",
            "Iklan",
            "Terma",
            "Privasi",
            "Soalan lazim",
            "Langganan",
            "Bantuan",
            "Peta laman",
        ],
    },
    "tl": {
        "consent": "Gumagamit kami ng cookies para mapabuti ang iyong karanasan sa aming website. Sa patuloy na paggamit, sumasang-ayon ka sa aming Privacy Policy.",
        "ok": "Sang-ayon",
        "popular": "Pinakabasa",
        "latest": "Pinakabago",
        "newsletter": "Makakuha ng pinakabagong balita sa iyong email araw-araw.",
        "subscribe": "Mag-subscribe",
        "share": "I-share",
        "copyright": "All rights reserved.",
        "about": [
            "About us",
            "Contact us",
            "Advertise",
            "Privacy policy",
            "Terms",
            "Careers",
            "Editorial board",
            "Sitemap",
            "Help",
            "RSS",
        ],
    },
}


def headline(rng, lang):
    subjects, verbs, objects, tails = HEADLINES[lang]
    return f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}{rng.choice(tails)}"


def headlines(rng, lang, n):
    seen, out = set(), []
    while len(out) < n:
        x = headline(rng, lang)
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def rand_id(rng, n=8, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def story_url(rng, base, d, text, style="dated"):
    when_ = d - timedelta(hours=rng.randint(1, 400))
    num = rng.randint(1000000, 9999999)
    if style == "dated":
        return f"{base}/read/{when_:%Y/%m/%d}/{num}/{slug(text)}"
    if style == "id":
        return f"{base}/{slug(text)}-{num}"
    return f"{base}/{when_:%Y/%m/%d}/{slug(text)}"


# --------------------------------------------------------------------------- page furniture


def css(rng, n, prefix="c"):
    props = [
        "margin:0",
        "padding:0 16px",
        "display:flex",
        "display:grid",
        "font-weight:700",
        "font-size:14px",
        "line-height:1.5",
        "color:#1a1a1a",
        "color:#767676",
        "background:#fff",
        "background-color:#f6f6f6",
        "border-bottom:1px solid #dcdcdc",
        "position:relative",
        "position:sticky",
        "top:0",
        "z-index:1000",
        "max-width:1200px",
        "width:100%",
        "gap:12px",
        "align-items:center",
        "justify-content:space-between",
        "overflow:hidden",
        "text-overflow:ellipsis",
        "white-space:nowrap",
        "border-radius:4px",
        "transition:opacity .2s ease-in-out",
        "font-family:Georgia,serif",
        "font-family:Helvetica,Arial,sans-serif",
        "letter-spacing:.02em",
        "text-transform:uppercase",
        "grid-template-columns:repeat(4,1fr)",
        "min-height:250px",
        "aspect-ratio:16/9",
        "object-fit:cover",
    ]
    rules = []
    for _ in range(n):
        sel = f".{prefix}-{rand_id(rng, 6)}"
        if rng.random() < 0.3:
            sel += rng.choice([":hover", " a", " > li", "::after", " img", ":focus-visible"])
        rules.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 6))) + "}")
        if rng.random() < 0.08:
            rules.append(
                "@media (min-width:"
                + str(rng.choice([600, 768, 1024, 1280]))
                + "px){"
                + sel
                + "{"
                + ";".join(rng.sample(props, 2))
                + "}}"
            )
    return "".join(rules)


def gtm(container):
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
        f"}})(window,document,'script','dataLayer','{container}');</script>"
    )


def gtm_noscript(container):
    return f'<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={container}" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>'


def gpt(rng, network, site, n_slots):
    sizes = [
        "[728,90]",
        "[970,250]",
        "[300,250]",
        "[336,280]",
        "[300,600]",
        "[320,100]",
        "[1,1]",
        "[320,50]",
    ]
    lines = ["window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"]
    for i in range(n_slots):
        sz = ",".join(rng.sample(sizes, rng.randint(1, 3)))
        lines.append(
            f"googletag.defineSlot('/{network}/{site}/{rng.choice(['home', 'read', 'detail', 'article', 'news'])}',[{sz}],'div-gpt-ad-{rng.randint(10**12, 10**13)}-{i}').setTargeting('pos',['{rng.choice(['top', 'mid', 'bottom', 'sticky', 'inarticle'])}{i}']).addService(googletag.pubads());"
        )
    lines.append(
        "googletag.pubads().enableSingleRequest();googletag.pubads().collapseEmptyDivs();googletag.pubads().setCentering(true);googletag.enableServices();});"
    )
    return "<script>" + "\n".join(lines) + "</script>"


def prebid(rng, n):
    bidders = [
        "appnexus",
        "rubicon",
        "ix",
        "pubmatic",
        "criteo",
        "openx",
        "triplelift",
        "sovrn",
        "teads",
        "smartadserver",
    ]
    units = []
    for i in range(n):
        bids = [
            {
                "bidder": b,
                "params": {
                    "placementId": rng.randint(10**6, 10**8),
                    "siteId": str(rng.randint(1000, 99999)),
                },
            }
            for b in rng.sample(bidders, 4)
        ]
        units.append(
            {
                "code": f"div-ad-{i}",
                "mediaTypes": {"banner": {"sizes": [[300, 250], [336, 280]]}},
                "bids": bids,
            }
        )
    return (
        "<script>var pbjs=pbjs||{};pbjs.que=pbjs.que||[];var adUnits="
        + json.dumps(units, separators=(",", ":"))
        + ";pbjs.que.push(function(){pbjs.setConfig({priceGranularity:'dense',userSync:{iframeEnabled:true},consentManagement:{gdpr:{cmpApi:'iab',timeout:8000}}});pbjs.addAdUnits(adUnits);pbjs.requestBids({bidsBackHandler:initAdserver,timeout:1500});});</script>"
    )


def vendor_js(rng, n):
    """A blob shaped like a minified webpack bundle."""
    words = [
        "render",
        "hydrate",
        "observer",
        "lazy",
        "sticky",
        "consent",
        "track",
        "viewport",
        "carousel",
        "paywall",
        "metering",
        "scroll",
        "video",
        "player",
        "recirc",
        "comments",
        "share",
        "analytics",
    ]
    mods = []
    for _ in range(n):
        a, b, c = rng.sample(words, 3)
        mods.append(
            f'{rng.randint(100, 99999)}:function(e,t,n){{"use strict";n.d(t,{{{a[0]}:function(){{return {b}}}}});var r=n({rng.randint(100, 9999)}),o=n.n(r);function {b}(e){{var t=e.{c}||{{}};return o()(t,"{a}-{rand_id(rng, 5)}")&&window.requestAnimationFrame(function(){{document.querySelectorAll(".{a}-{rand_id(rng, 4)}").forEach(function(e){{e.classList.add("is-{c}")}})}}),t}}}}'
        )
    return (
        "<script>(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([["
        + str(rng.randint(100, 999))
        + "],{"
        + ",".join(mods)
        + "}]);</script>"
    )


def analytics_misc(rng, site):
    return (
        "<script>var _sf_async_config=_sf_async_config||{};_sf_async_config.uid="
        + str(rng.randint(10000, 99999))
        + ";_sf_async_config.domain='"
        + site
        + "';_sf_async_config.useCanonical=true;"
        "(function(){function a(){window._sf_endpt=(new Date).getTime();var e=document.createElement('script');e.setAttribute('language','javascript');e.setAttribute('type','text/javascript');e.setAttribute('src','//static.chartbeat.com/js/chartbeat.js');document.body.appendChild(e)}var b=window.onload;window.onload=typeof window.onload!='function'?a:function(){b();a()}})();</script>\n"
        "<script>var _comscore=_comscore||[];_comscore.push({c1:'2',c2:'"
        + str(rng.randint(1000000, 9999999))
        + "',options:{enableFirstPartyCookie:true}});(function(){var s=document.createElement('script'),el=document.getElementsByTagName('script')[0];s.async=true;s.src='https://sb.scorecardresearch.com/cs/"
        + str(rng.randint(1000000, 9999999))
        + "/beacon.js';el.parentNode.insertBefore(s,el)})();</script>\n"
        "<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','"
        + str(rng.randint(10**14, 10**15))
        + "');fbq('track','PageView');</script>"
    )


def mega_menu(rng, lang, base, n_sections=12, per=(8, 22), cls="nav"):
    topics = TOPICS[lang]
    out = [f'<nav class="{cls}" aria-label="menu"><ul class="{cls}__list">']
    for sec in rng.sample(topics, min(n_sections, len(topics))):
        out.append(
            f'<li class="{cls}__item has-sub"><a class="{cls}__link" href="{base}/{slug(sec)}">{esc(sec)}</a><div class="{cls}__sub"><ul>'
        )
        for sub in rng.sample(topics, rng.randint(*per)):
            out.append(f'<li><a href="{base}/{slug(sec)}/{slug(sub)}">{esc(sub)}</a></li>')
        out.append("</ul></div></li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def link_list(rng, lang, base, d, n, cls="list", with_time=None, style="dated", with_img=False):
    out = [f'<ul class="{cls}">']
    for i, text in enumerate(headlines(rng, lang, n)):
        url = story_url(rng, base, d, text, style)
        img = (
            f'<img src="{base}/img/thumb/{rand_id(rng, 12)}.jpg" alt="" loading="lazy" width="120" height="80">'
            if with_img
            else ""
        )
        tm = ""
        if with_time:
            tm = " " + with_time(d - timedelta(minutes=rng.randint(5, 6000)))
        out.append(
            f'<li class="{cls}__item"><span class="{cls}__num">{i + 1}</span><a href="{url}">{img}<span class="{cls}__title">{esc(text)}</span></a>{tm}</li>'
        )
    out.append("</ul>")
    return "\n".join(out)


def footer(rng, lang, base, site, year, n_cols=5, cls="footer"):
    ui = UI[lang]
    cols = []
    for _ in range(n_cols):
        items = "".join(
            f'<li><a href="{base}/{slug(x)}">{esc(x)}</a></li>' for x in rng.sample(TOPICS[lang], 9)
        )
        cols.append(
            f'<div class="{cls}__col"><h4>{esc(rng.choice(TOPICS[lang]))}</h4><ul>{items}</ul></div>'
        )
    about = "".join(f'<li><a href="{base}/{slug(x)}">{esc(x)}</a></li>' for x in ui["about"])
    social = "".join(
        f'<a href="https://www.{s}.com/{slug(site)}" class="{cls}__social--{s}" rel="noopener" aria-label="{s}"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M{rng.randint(1, 9)} {rng.randint(1, 9)}h{rng.randint(2, 12)}v{rng.randint(2, 12)}H{rng.randint(1, 9)}z"/></svg></a>'
        for s in ["facebook", "twitter", "instagram", "youtube", "tiktok"]
    )
    return f'<footer class="{cls}"><div class="{cls}__cols">{"".join(cols)}</div><div class="{cls}__social">{social}</div><ul class="{cls}__about">{about}</ul><p class="{cls}__copy">&copy; {year} {esc(site)}. {esc(ui["copyright"])}</p></footer>'


def consent(lang, cls="cmp"):
    ui = UI[lang]
    return f'<div id="{cls}-banner" class="{cls}-banner" role="dialog" aria-live="polite" style="display:none"><div class="{cls}-banner__text"><p>{esc(ui["consent"])}</p></div><div class="{cls}-banner__actions"><button class="{cls}-btn {cls}-btn--primary" type="button">{esc(ui["ok"])}</button><button class="{cls}-btn" type="button">Preferences</button></div></div>'


def newsletter(lang, cls="newsletter"):
    ui = UI[lang]
    return f'<div class="{cls}"><p class="{cls}__pitch">{esc(ui["newsletter"])}</p><form class="{cls}__form" action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="email@example.com" required><button type="submit">{esc(ui["subscribe"])}</button></form></div>'


def share_bar(lang, url, title, cls="share"):
    ui = UI[lang]
    q = attr(url)
    return (
        f'<div class="{cls}"><span class="{cls}__label">{esc(ui["share"])}</span>'
        f'<a class="{cls}__fb" href="https://www.facebook.com/sharer/sharer.php?u={q}" target="_blank" rel="noopener">Facebook</a>'
        f'<a class="{cls}__x" href="https://twitter.com/intent/tweet?url={q}&amp;text={attr(title)}" target="_blank" rel="noopener">X</a>'
        f'<a class="{cls}__wa" href="https://api.whatsapp.com/send?text={q}" target="_blank" rel="noopener">WhatsApp</a>'
        f'<a class="{cls}__tg" href="https://t.me/share/url?url={q}" target="_blank" rel="noopener">Telegram</a>'
        f'<button class="{cls}__copy" type="button" data-url="{q}">Copy link</button></div>'
    )


def json_ld(obj):
    return (
        '<script type="application/ld+json">'
        + json.dumps(obj, ensure_ascii=False, indent=None)
        + "</script>"
    )


def state_blob(rng, lang, base, d, n):
    """Listing data of the kind frameworks embed in their state JSON."""
    items = []
    for text in headlines(rng, lang, n):
        when_ = d - timedelta(minutes=rng.randint(10, 9000))
        items.append(
            {
                "id": rng.randint(10**6, 10**8),
                "title": text,
                "url": story_url(rng, base, d, text, "dated"),
                "publishedAt": utc_z(when_, ms=True),
                "section": rng.choice(TOPICS[lang]),
                "image": {
                    "src": f"{base}/img/{rand_id(rng, 16)}.jpg",
                    "width": 1280,
                    "height": 720,
                },
                "isPremium": rng.random() < 0.2,
                "authors": [
                    {"name": rng.choice(["Redaksi", "Staff", "Desk"]) + f" {rng.randint(1, 30)}"}
                ],
            }
        )
    return items


def page_shell(lang, head, body, html_attrs="", charset_meta='<meta charset="utf-8">'):
    return f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}>\n<head>\n{charset_meta}\n{head}\n</head>\n{body}\n</html>\n'


def head_common(title, desc, url, image, og_title=None, twitter=True, extra=""):
    og_title = og_title or title
    parts = [
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{attr(desc)}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:title" content="{attr(og_title)}">',
        f'<meta property="og:description" content="{attr(desc)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{image}">',
        '<meta property="og:type" content="article">',
    ]
    if twitter:
        parts += [
            '<meta name="twitter:card" content="summary_large_image">',
            f'<meta name="twitter:title" content="{attr(og_title)}">',
            f'<meta name="twitter:image" content="{image}">',
        ]
    parts.append(extra)
    return "\n".join(parts)


def lede(items, n=28):
    first = next(x for x in items if isinstance(x, str))
    words = t(first).split()
    return " ".join(words[:n]) + ("..." if len(words) > n else "")


def rng_for(name):
    return random.Random(zlib.crc32(name.encode()))


PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


def ld_article(
    kind, title, url, image, published, modified, author, publisher, logo, desc, **extra
):
    obj = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": desc,
        "image": {"@type": "ImageObject", "url": image, "width": 1200, "height": 675},
    }
    if published:
        obj["datePublished"] = published
    if modified:
        obj["dateModified"] = modified
    if author:
        obj["author"] = (
            [{"@type": "Person", "name": a} for a in author]
            if isinstance(author, list)
            else {"@type": "Person", "name": author}
        )
    obj["publisher"] = {
        "@type": "Organization",
        "name": publisher,
        "logo": {"@type": "ImageObject", "url": logo},
    }
    obj.update(extra)
    return json_ld(obj)


def breadcrumb(items, cls="breadcrumb"):
    lis = "".join(
        f'<li class="{cls}__item"><a href="{u}"><span>{esc(x)}</span></a></li>' for x, u in items
    )
    return f'<nav class="{cls}" aria-label="breadcrumb"><ol>{lis}</ol></nav>'


def tags_list(rng, lang, base, n, label="Tags", cls="tags"):
    lis = "".join(
        f'<li><a href="{base}/tag/{slug(x)}">{esc(x)}</a></li>' for x in rng.sample(TOPICS[lang], n)
    )
    return f'<div class="{cls}"><span class="{cls}__label">{esc(label)}</span><ul>{lis}</ul></div>'


def svg_icon(rng):
    return f'<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M{rng.randint(1, 20)}.{rng.randint(0, 9)} {rng.randint(1, 20)}l{rng.randint(1, 9)} {rng.randint(1, 9)} {rng.randint(1, 9)}-{rng.randint(1, 9)}"/></svg>'


# =========================================================================== Indonesian sites


@page
def kompas_lahar():
    name = "kompas_lahar"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-03-06T14:05:00+07:00")
    base = "https://regional.kompas.com"
    url = f"{base}/read/2023/03/06/140500878/{slug(title)}"
    img = "https://asset.kompas.com/crops/Xq3mWJ0a8m1nRkq2s_Hc7VbZk1c=/0x0:1000x667/780x390/data/photo/2023/03/06/6405a1c2b1f3e.jpg"
    ld = ld_article(
        "NewsArticle",
        title,
        url,
        img,
        "2023-03-06T14:05:00+07:00",
        "2023-03-06T14:05:00+07:00",
        "Kontributor Magelang, Ika Larasati",
        "Kompas.com",
        "https://asset.kompas.com/data/2017/wp/images/logokompascom.png",
        lede(items),
    )
    data_layer = {
        "content_id": "140500878",
        "content_title": title,
        "content_category": "Regional",
        "content_subcategory": "Jawa Tengah",
        "content_type": "Artikel",
        "content_PublishedDate": "2023-03-06 14:05:00",
        "content_author": "Ika Larasati",
        "content_editor": "Dita Prameswari",
        "content_tag": "banjir lahar dingin, Merapi, Magelang",
        "content_lipsus": "",
        "page_type": "read",
        "content_total_words": str(len(plain_text(items).split())),
    }
    head = head_common(
        f"{title} Halaman all - Kompas.com",
        lede(items),
        url,
        img,
        og_title=title,
        extra="\n".join(
            [
                '<meta name="content_PublishedDate" content="2023-03-06 14:05:00">',
                '<meta name="content_category" content="Regional">',
                '<meta name="content_author" content="Ika Larasati">',
                '<meta name="robots" content="index, follow, max-image-preview:large">',
                ld,
                "<script>var kgDataLayer = "
                + json.dumps(data_layer, ensure_ascii=False)
                + ";window.dataLayer=window.dataLayer||[];dataLayer.push(kgDataLayer);</script>",
                gtm("GTM-5TGLJ9"),
                "<style>" + css(rng, 380, "kcm") + "</style>",
                gpt(rng, "31800665", "Kompas.com_Regional", 14),
            ]
        ),
    )
    read_also = headlines(rng, "id", 3)
    inserts = {
        0: f'<p><strong>Baca juga: <a href="{story_url(rng, base, d, read_also[0])}" class="inner-link-baca-juga">Status Merapi Masih Siaga, Warga Diminta Jauhi Alur Sungai Saat Hujan</a></strong></p>',
        2: '<div class="ads-on-body"><div id="div-gpt-ad-inarticle-1" class="kcm-ads"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inarticle-1")});</script></div></div>',
        4: f'<p><strong>Baca juga: <a href="{story_url(rng, base, d, read_also[1])}" class="inner-link-baca-juga">Hujan Deras, Jalan Magelang-Boyolali Tertutup Material Longsor</a></strong></p>',
        6: '<div class="ads-on-body"><div id="div-gpt-ad-inarticle-2" class="kcm-ads"></div></div><div class="kompasidRec"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.</p></div>',
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>MAGELANG, KOMPAS.com</strong> - ",
    )
    side = link_list(
        rng,
        "id",
        "https://www.kompas.com",
        d,
        10,
        "most__list",
        with_time=lambda x: (
            f'<div class="most__count">{rng.randint(1, 90)}.{rng.randint(0, 9)}rb dibaca</div>'
        ),
    )
    body = f"""<body class="read">
{gtm_noscript("GTM-5TGLJ9")}
{consent("id", "kcm-cmp")}
<header class="header"><div class="header__wrap"><a class="logo" href="https://www.kompas.com"><img src="https://asset.kompas.com/data/2017/wp/images/logokompascom.png" alt="Kompas.com"></a><div class="header__search"><form action="https://search.kompas.com/search"><input name="q" placeholder="Cari berita..."></form></div><a class="header__login" href="https://account.kompas.com/login">Masuk</a></div>
{mega_menu(rng, "id", "https://www.kompas.com", 16, (10, 24), "nav")}</header>
<div class="container clearfix"><div class="row col-offset-fluid clearfix"><div class="col-bs10-7">
{breadcrumb([("Home", "https://www.kompas.com"), ("Regional", base), ("Jawa Tengah", base + "/jawa-tengah")])}
<h1 class="read__title">{esc(title)}</h1>
<div class="read__header clearfix"><div class="read__credit clearfix"><div class="credit-title-name"><h6>Kompas.com</h6></div><div class="read__credit__item" id="penulis">Penulis <a href="https://www.kompas.com/tag/ika-larasati">Kontributor Magelang, Ika Larasati</a></div><div class="read__credit__item" id="editor">Editor <a href="https://www.kompas.com/tag/dita-prameswari">Dita Prameswari</a></div></div><div class="read__time">Kompas.com - 06/03/2023, 14:05 WIB</div></div>
{share_bar("id", url, title, "social--share")}
<div class="photo"><div class="photo__wrap"><img src="{img}" alt="Warga membersihkan lumpur" width="780" height="390"></div><div class="photo__caption">Warga membersihkan material pasir yang terbawa banjir lahar dingin di Dusun Gemer, Kecamatan Dukun, Kabupaten Magelang, Senin (6/3/2023).</div><div class="photo__source">KOMPAS.COM/IKA LARASATI</div></div>
<div class="read__content"><div class="clearfix">
{body_html}
</div>
<div class="read__bottom"><p>Dapatkan update <strong>berita pilihan</strong> dan <strong>breaking news</strong> setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link <a href="https://t.me/kompascomupdate">https://t.me/kompascomupdate</a>, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.</p></div>
</div>
{tags_list(rng, "id", "https://www.kompas.com", 6, "Tag", "tag__article")}
<div class="read__editor">Editor : Dita Prameswari</div>
{share_bar("id", url, title, "social--share-bottom")}
<div class="most"><h3 class="most__title">Berita Terkait</h3>{link_list(rng, "id", base, d, 6, "terkait__list")}</div>
<div class="comment"><div class="comment__title">Komentar</div><div id="komentar"><p>Komentar dinonaktifkan untuk artikel ini.</p></div></div>
</div><div class="col-bs10-3"><div class="most"><h3 class="most__title">Terpopuler</h3>{side}</div><div class="most"><h3 class="most__title">Terkini Lainnya</h3>{link_list(rng, "id", base, d, 20, "latest__list", with_time=lambda x: f'<div class="latest__date">{x:%d/%m/%Y, %H:%M} WIB</div>')}</div></div></div></div>
{footer(rng, "id", "https://www.kompas.com", "Kompas Cyber Media", 2023, 6)}
{analytics_misc(rng, "kompas.com")}
{vendor_js(rng, 70)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def detik_tarif_tol():
    name = "detik_tarif_tol"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-11-22T10:31:05+07:00")
    base = "https://finance.detik.com"
    url = f"{base}/infrastruktur/d-6420177/{slug(title)}"
    img = "https://akcdn.detik.net.id/community/media/visual/2022/11/22/gerbang-tol-kalikangkung_169.jpeg?w=700&q=90"
    ld = ld_article(
        "NewsArticle",
        title,
        url,
        img,
        "2022-11-22T10:31:05+07:00",
        "2022-11-22T10:31:05+07:00",
        "Aulia Damayanti",
        "detikfinance",
        "https://cdn.detik.net.id/detik2/images/logo.jpg",
        lede(items),
    )
    head = head_common(
        title,
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                '<meta name="publishdate" content="2022/11/22 10:31:05">',
                '<meta name="dtk:publishdate" content="2022/11/22 10:31:05">',
                '<meta name="dtk:author" content="Aulia Damayanti">',
                '<meta name="dtk:articleid" content="6420177">',
                '<meta name="dtk:keywords" content="tarif tol,tol trans jawa,bpjt">',
                ld,
                "<script>var dtkDataLayer = "
                + json.dumps(
                    {
                        "articleId": "6420177",
                        "kanalId": "1036",
                        "namaKanal": "Infrastruktur",
                        "publishDate": "2022/11/22 10:31:05",
                        "author": "Aulia Damayanti",
                        "editor": "dna",
                    }
                )
                + ";</script>",
                gtm("GTM-K6N3JC"),
                "<style>" + css(rng, 300, "dtk") + "</style>",
                gpt(rng, "4905536", "DF_Desktop_Infrastruktur", 10),
                prebid(rng, 6),
            ]
        ),
    )
    sisip = headlines(rng, "id", 2)
    parallax = '<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-container"><div class="ads-scrollpage-top"><span class="ads-scrollpage-info">ADVERTISEMENT</span></div><div class="ads-scrollpage-box"><div class="ads-scrollpage-height"><div class="ads-scrollpage-content"><div id="div-gpt-ad-1513230447917-0" class="ads-scrollpage"></div></div></div></div><div class="ads-scrollpage-bottom"><span class="ads-scrollpage-info">SCROLL TO CONTINUE WITH CONTENT</span></div></div></div>'
    inserts = {
        1: f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="{story_url(rng, base, d, sisip[0], "id")}" onclick="_pt(this, \'sisip_baca_juga\')">{esc(sisip[0])}</a></div></td></tr></tbody></table>',
        2: parallax,
        4: f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="{story_url(rng, base, d, sisip[1], "id")}">{esc(sisip[1])}</a></div></td></tr></tbody></table>',
    }
    body_html = render(
        items, lambda s: f"<p>{s}</p>", inserts=inserts, first_prefix="<strong>Jakarta</strong> - "
    )
    body_html += '\n<p><strong>Simak Video "Gerbang Tol Dipadati Pemudik, Pengguna Diminta Cek Saldo":</strong></p>\n<div class="sisip_embed_sosmed"><div class="embed detikVideo"><iframe src="https://20.detik.com/embed/221122012" width="100%" height="400" allowfullscreen></iframe></div></div>\n<p>[Gambas:Video 20detik]</p>\n<p><br><strong>(rdp/dna)</strong></p>'
    body = f"""<body>
{gtm_noscript("GTM-K6N3JC")}
<div class="header header--fixed"><div class="container"><a class="logo" href="{base}"><img src="https://cdn.detik.net.id/finance/images/logo.png" alt="detikfinance"></a><div class="header__menu">{mega_menu(rng, "id", "https://www.detik.com", 14, (8, 20), "newnav")}</div></div></div>
<div class="container"><div class="grid-row content__bg"><div class="column-8">
<article class="detail">
<div class="detail__header"><div class="page__breadcrumb"><a href="{base}">detikFinance</a><a href="{base}/infrastruktur">Infrastruktur</a></div>
<h1 class="detail__title">
{esc(title)}
</h1>
<div class="detail__author">Aulia Damayanti - detikFinance</div>
<div class="detail__date">Selasa, 22 Nov 2022 10:31 WIB</div>
{share_bar("id", url, title, "detail__share")}
</div>
<div class="detail__media"><figure class="detail__media-image"><img src="{img}" alt="Gerbang tol" title="Gerbang tol"><figcaption class="detail__media-caption">Gerbang Tol Kalikangkung, Semarang. Foto: Angga Pratama/detikcom</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
{body_html}
</div>
<div class="detail__body-tag mgt-16"><div class="nav">{"".join(f'<a class="nav__item" href="https://www.detik.com/tag/{slug(x)}">{esc(x)}</a>' for x in ["tarif tol", "tol trans jawa", "bpjt", "kementerian pupr"])}</div></div>
</div>
</article>
<div class="box cb-mostpop"><div class="title">Berita Terkait</div>{link_list(rng, "id", base, d, 5, "list-content")}</div>
<div class="komentar-detik"><div class="komentar-title">Komentar</div><div id="comment-list" data-article="6420177"></div></div>
</div>
<div class="column-4"><div class="box cb-mostpop"><h2 class="title">Berita Terpopuler</h2>{link_list(rng, "id", base, d, 5, "list-content", with_time=lambda x: f'<span class="date">{id_short(x)}</span>')}</div><div class="box"><h2 class="title">Berita Terkini</h2>{link_list(rng, "id", base, d, 15, "list-content")}</div></div>
</div></div>
{footer(rng, "id", "https://www.detik.com", "detikcom", 2022, 5)}
{analytics_misc(rng, "detik.com")}
{vendor_js(rng, 60)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def cnnindonesia_gempa():
    name = "cnnindonesia_gempa"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2024-02-08T19:47:12+07:00")
    base = "https://www.cnnindonesia.com"
    url = f"{base}/nasional/20240208194712-20-1060553/{slug(title)}"
    img = "https://akcdn.detik.net.id/visual/2024/02/08/ilustrasi-gempa_169.jpeg?w=650&q=90"
    og = "Gempa M5,8 Guncang Tanimbar Maluku, BMKG: Tak Berpotensi Tsunami"
    ld = ld_article(
        "NewsArticle",
        og,
        url,
        img,
        "2024-02-08T19:47:12+07:00",
        "2024-02-08T19:47:12+07:00",
        "CNN Indonesia",
        "CNN Indonesia",
        f"{base}/images/logo-cnn.png",
        lede(items),
    )
    head = head_common(
        title,
        lede(items),
        url,
        img,
        og_title=og,
        extra="\n".join(
            [
                '<meta name="publishdate" content="2024/02/08 19:47:12">',
                '<meta name="dtk:publishdate" content="2024/02/08 19:47:12">',
                '<meta name="author" content="CNN Indonesia">',
                ld,
                gtm("GTM-NG6JZ7"),
                "<style>" + css(rng, 420, "cnn") + "</style>",
                gpt(rng, "4905536", "CNN_Desktop_Nasional", 12),
            ]
        ),
    )
    ads = '<div class="paradetail"><div class="ads-scrollpage-container"><div class="ads-scrollpage-top"><span class="ads-scrollpage-info">ADVERTISEMENT</span></div><div class="ads-scrollpage-box"><div id="div-gpt-ad-parallax"></div></div><div class="ads-scrollpage-bottom"><span class="ads-scrollpage-info">SCROLL TO CONTINUE WITH CONTENT</span></div></div></div>'
    lj = headlines(rng, "id", 3)
    inserts = {
        1: f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Lihat Juga :</strong><ul>{"".join(f"<li><a href={chr(34)}{story_url(rng, base, d, x, chr(105) + chr(100))}{chr(34)}>{esc(x)}</a></li>" for x in lj)}</ul></div></td></tr></table>',
        3: ads,
        5: "<p>[Gambas:Video CNN]</p>",
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>Jakarta, CNN Indonesia</strong> -- ",
        last_suffix="<br><br>(lna/dal)",
    )
    body = f"""<body class="bg-white">
{gtm_noscript("GTM-NG6JZ7")}
{consent("id", "cnn-cmp")}
<header class="w-full bg-cnn_red"><div class="container mx-auto flex items-center"><a href="{base}"><img src="{base}/images/logo-cnn.png" alt="CNN Indonesia"></a></div>{mega_menu(rng, "id", base, 15, (8, 22), "nav-menu")}</header>
<main class="container mx-auto flex gap-6"><div class="min-w-0 grow">
<div class="text-xs text-cnn_grey mb-2 breadcrumb"><a href="{base}">Home</a> <span>/</span> <a href="{base}/nasional">Nasional</a></div>
<h1 class="mb-2 text-[28px] leading-9 text-cnn_black">{esc(title)}</h1>
<div class="text-cnn_red text-sm">CNN Indonesia</div>
<div class="text-cnn_grey text-sm mb-4">Kamis, 08 Feb 2024 19:47 WIB</div>
{share_bar("id", url, title, "flex gap-2 share-box")}
<div class="detail-image my-5"><figure><img src="{img}" alt="Ilustrasi gempa" class="w-full"><figcaption class="text-xs text-cnn_grey">Ilustrasi. Gempa bermagnitudo 5,8 mengguncang Kepulauan Tanimbar, Maluku, Kamis (8/2). (Istockphoto/Cavan Images)</figcaption></figure></div>
<div class="detail-wrap flex gap-4 relative"><div class="detail-text text-cnn_black text-sm grow min-w-0">
{body_html}
</div></div>
<div class="flex flex-wrap gap-2 my-5">{"".join(f'<a class="tag" href="{base}/tag/{slug(x)}">{esc(x)}</a>' for x in ["gempa", "bmkg", "maluku", "tanimbar"])}</div>
<div class="box berita-terkait"><h2>Berita Terkait</h2>{link_list(rng, "id", base, d, 5, "list")}</div>
</div><aside class="w-[300px] shrink-0"><div class="box"><h2>Terpopuler</h2>{link_list(rng, "id", base, d, 10, "list-terpopuler", with_time=lambda x: f'<span class="text-xs">{id_short(x)}</span>')}</div><div class="box"><h2>Pilihan Redaksi</h2>{link_list(rng, "id", base, d, 8, "list", with_img=True)}</div></aside></main>
{footer(rng, "id", base, "CNN Indonesia", 2024, 5)}
{analytics_misc(rng, "cnnindonesia.com")}
{vendor_js(rng, 80)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def tempo_kpk():
    name = "tempo_kpk"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2021-09-14T16:20:00+07:00")
    base = "https://nasional.tempo.co"
    url = f"{base}/read/1506811/{slug(title)}"
    img = "https://statik.tempo.co/data/2021/09/14/id_1051821/1051821_720.jpg"
    # The site's JSON-LD writes local time with a Z, a real-world slip.
    ld = ld_article(
        "NewsArticle",
        title,
        url,
        img,
        "2021-09-14T16:20:00Z",
        "2021-09-14T16:20:00Z",
        "Andita Rahma",
        "Tempo.co",
        "https://statik.tempo.co/favicon/tempo-logo.png",
        lede(items),
    )
    body_for_state = "".join(f"<p>{h(x)}</p>" for x in items)
    nuxt = (
        'window.__NUXT__=(function(a,b,c,d,e,f){return {layout:"default",data:[{article:{id:1506811,title:'
        + json.dumps(title)
        + ",content:"
        + json.dumps(
            "<p><strong>TEMPO.CO</strong>, <strong>Jakarta</strong> - " + body_for_state[3:]
        )
        + ',published_at:"2021-09-14 16:20:00",author:{name:"Andita Rahma"},editor:{name:"Amirullah"},tags:[a,b,c],related:'
        + json.dumps(state_blob(rng, "id", base, d, 30), ensure_ascii=False)
        + "}}],fetch:{},error:null,state:{menu:{items:"
        + json.dumps([{"name": x, "slug": slug(x)} for x in TOPICS["id"]], ensure_ascii=False)
        + "},ads:{enabled:d,slots:e}},serverRendered:d,routePath:"
        + json.dumps(url[len(base) :])
        + '}}("kpk","suap","tambang",true,[],null));'
    )
    head = head_common(
        f"{title} - Nasional Tempo.co",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                ld,
                '<meta name="keywords" content="KPK, suap izin tambang, Tanah Laut">',
                gtm("GTM-MF9W3F"),
                "<style>" + css(rng, 350, "tmp") + "</style>",
                gpt(rng, "21622890900", "TEMPO_NASIONAL", 9),
            ]
        ),
    )
    pe = headlines(rng, "id", 2)
    inserts = {
        1: f'<p>Baca juga: <a href="{story_url(rng, base, d, pe[0])}">{esc(pe[0])}</a></p>',
        3: '<div class="ads-parallax"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-parallax-tempo"></div></div>',
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>TEMPO.CO</strong>, <strong>Jakarta</strong> - ",
    )
    body_html += f'\n<p><strong>Pilihan Editor:</strong> <a href="{story_url(rng, base, d, pe[1])}">KPK Sita Dokumen Perizinan dari Kantor Dinas di Pelaihari</a></p>'
    body = f"""<body>
<div id="__nuxt"><div id="__layout"><div class="page-wrapper">
{gtm_noscript("GTM-MF9W3F")}
<header class="header"><div class="header-top"><a href="https://www.tempo.co" class="logo"><img src="https://statik.tempo.co/favicon/tempo-logo.png" alt="Tempo.co"></a><a class="btn-langganan" href="https://langganan.tempo.co">Berlangganan</a></div>{mega_menu(rng, "id", "https://www.tempo.co", 14, (8, 20), "menu-nav")}</header>
<main class="container"><div class="row"><div class="col-md-8">
<article class="detail-artikel">
<div class="breadcrumbs"><a href="https://www.tempo.co">Home</a> &rsaquo; <a href="{base}">Nasional</a> &rsaquo; <a href="{base}/hukum">Hukum</a></div>
<h1 class="title margin-bottom-sm">{esc(title)}</h1>
<div class="detail-title"><h4 class="reporter"><span>Reporter</span> <a href="https://www.tempo.co/penulis/andita-rahma">Andita Rahma</a></h4><h4 class="editor"><span>Editor</span> <a href="https://www.tempo.co/penulis/amirullah">Amirullah</a></h4><p class="date margin-bottom-sm">Selasa, 14 September 2021 16:20 WIB</p></div>
{share_bar("id", url, title, "share-tempo")}
<figure class="foto-detail"><img src="{img}" alt="Gedung KPK"><figcaption>Gedung Merah Putih KPK, Jakarta. TEMPO/Imam Sukamto</figcaption></figure>
<div class="detail-konten"><div class="detail-in" id="isi">
{body_html}
</div></div>
{tags_list(rng, "id", "https://www.tempo.co", 5, "Tag", "tags-detail")}
</article>
<div class="terkait"><h3>Artikel Terkait</h3>{link_list(rng, "id", base, d, 6, "list-terkait", with_time=lambda x: f'<span class="date">{x.day} {ID_MONTHS[x.month - 1]} {x.year}</span>')}</div>
</div><div class="col-md-4"><div class="box"><h3>Terpopuler</h3>{link_list(rng, "id", base, d, 10, "list-populer")}</div><div class="box"><h3>Majalah Tempo</h3>{link_list(rng, "id", "https://majalah.tempo.co", d, 5, "list-majalah", with_img=True)}</div></div></div></main>
{footer(rng, "id", "https://www.tempo.co", "Tempo.co", 2021, 5)}
</div></div></div>
<script>{nuxt}</script>
{analytics_misc(rng, "tempo.co")}
{vendor_js(rng, 55)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


def li_links(rng, base, d, texts, style="id", cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(
        f'<li><a{c} href="{story_url(rng, base, d, x, style)}">{esc(x)}</a></li>' for x in texts
    )


@page
def liputan6_booster():
    name = "liputan6_booster"
    st, rng = STORIES[name], rng_for(name)
    items = story_items(name)
    title = st["title"]
    d = when("2022-06-03T07:15:00+07:00")
    base = "https://www.liputan6.com"
    url = f"{base}/health/read/4977310/{slug(title)}"
    img = "https://cdn1-production-images-kly.akamaized.net/Hk3Q_booster-lansia-220603.jpg"
    kly = {
        "platform": "desktop",
        "pageType": "ReadPage",
        "channel": {"id": 76, "name": "Health", "full_slug": "health"},
        "article": {
            "id": 4977310,
            "title": title,
            "type": "TextTypeArticle",
            "shortDescription": lede(items),
            "keywords": "vaksin booster,lansia,puskesmas",
            "publishDate": "2022-06-03 07:15:00",
            "author": [{"id": 2810, "name": "Fitri Haryanti Harsono"}],
            "editor": "Benedikta Desideria",
            "pageCount": 3,
        },
        "gtm": {"id": "GTM-M6CCQD"},
        "related": state_blob(rng, "id", base, d, 25),
    }
    head = head_common(
        f"{title} - Health Liputan6.com",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2022-06-03T07:15:00+07:00">',
                '<meta property="article:modified_time" content="2022-06-03T07:15:00+07:00">',
                '<meta property="article:section" content="Health">',
                '<meta name="adx:sections" content="Health">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-06-03T07:15:00+07:00",
                    "2022-06-03T07:15:00+07:00",
                    "Fitri Haryanti Harsono",
                    "Liputan6.com",
                    f"{base}/images/logo_liputan6.png",
                    lede(items),
                ),
                "<script>window.kly = " + json.dumps(kly, ensure_ascii=False) + ";</script>",
                gtm("GTM-M6CCQD"),
                "<style>" + css(rng, 320, "lp6") + "</style>",
                gpt(rng, "36770406", "liputan6_health", 11),
            ]
        ),
    )
    bj = headlines(rng, "id", 4)
    pages_html = []
    for n, page_items in enumerate(st["pages"], start=1):
        heading = ""
        rest = page_items
        if not isinstance(page_items[0], str):
            heading = f'<div class="article-content-body__item-title"><h2 class="article-content-body__item-title-text">{h(page_items[0][1])}</h2></div>'
            rest = page_items[1:]
        inserts = {}
        if n == 1:
            inserts[0] = (
                f'<div class="baca-juga-collections" data-component-name="desktop:read-page:article-content-body:section:baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul class="baca-juga-collections__list">{li_links(rng, base, d, bj[:3], "id", "baca-juga-collections__link")}</ul></div>'
            )
        if n == 2:
            inserts[1] = (
                f'<p><strong>Baca Juga</strong><br><a href="{story_url(rng, base, d, bj[3], "id")}">{esc(bj[3])}</a></p>'
            )
        content = render(
            rest,
            lambda s: f"<p>{s}</p>",
            inserts=inserts,
            first_prefix="<strong>Liputan6.com, Jakarta</strong> - " if n == 1 else "",
        )
        if n == 1:
            content = (
                '<figure class="read-page--photo-gallery--item"><img src="'
                + img
                + '" alt="vaksin booster lansia"><figcaption class="read-page--photo-gallery--item__caption">Petugas menyuntikkan vaksin dosis booster kepada warga lansia di Puskesmas Kecamatan Tebet, Jakarta. (Liputan6.com/Herman Zakharia)</figcaption></figure>\n'
                + content
            )
        if n == len(st["pages"]):
            content += '\n<p><strong>Simak Video Pilihan Berikut Ini:</strong></p>\n<div class="read-page--video-gallery--item" data-video-id="3012433"><iframe src="https://www.vidio.com/embed/3012433" width="560" height="315"></iframe><p class="read-page--video-gallery--item__title">Ratusan Lansia Ikuti Vaksinasi Booster di Jakarta Timur</p></div>'
        pages_html.append(
            f'<div class="article-content-body__item-page" data-page="{n}" data-title="{attr(title)}">{heading}<div class="article-content-body__item-content">{content}</div></div>'
        )
        if n < len(st["pages"]):
            pages_html.append(
                f'<div class="advertisement-placeholder" id="gpt-ad-rectangle-{n}"><div class="advertisement-text">Advertisement</div></div>'
            )
    body = f"""<body class="read-page">
{gtm_noscript("GTM-M6CCQD")}
<header class="navbar navbar--top"><a class="navbar--top--logo" href="{base}"><img src="{base}/images/logo_liputan6.png" alt="Liputan6.com"></a>{mega_menu(rng, "id", base, 16, (8, 24), "navbar--menu")}</header>
<div class="container-main"><div class="container-article">
<article class="hentry main read-page--core-article">
<header class="read-page--header"><div class="read-page--header--subtitle"><a href="{base}/health">Health</a></div>
<h1 class="read-page--header--title entry-title">{esc(title)}</h1>
<div class="read-page--header--author" data-component-name="desktop:read-page:header:author"><span class="read-page--header--author__name fn">Fitri Haryanti Harsono</span><time class="read-page--header--author__datetime updated" datetime="2022-06-03 07:15:00">03 Jun 2022, 07:15 WIB</time></div>
{share_bar("id", url, title, "read-page--social-share")}
</header>
<div class="article-content-body article-content-body_with-aside"><div class="article-content-body__item-wrapper">
{chr(10).join(pages_html)}
</div></div>
<div class="read-page--footer"><div class="tags--snippet"><span>Tag Terkait</span>{"".join(f'<a class="tags--snippet__link" href="{base}/tag/{slug(x)}">{esc(x)}</a>' for x in ["Vaksin Booster", "Lansia", "Puskesmas", "Dinkes DKI"])}</div>
<div class="read-page--editor">Editor: Benedikta Desideria</div></div>
</article>
<section class="read-page--related"><h3>Berita Terkait</h3>{link_list(rng, "id", base, d, 8, "related-articles", with_img=True)}</section>
</div><aside class="container-aside"><div class="box-popular"><h3>Terpopuler</h3>{link_list(rng, "id", base, d, 10, "popular-list", with_time=lambda x: f'<time datetime="{x:%Y-%m-%d %H:%M:%S}">{x:%d %b %Y, %H:%M}</time>')}</div></aside></div>
{footer(rng, "id", base, "KLY KapanLagi Youniverse", 2022, 6)}
{analytics_misc(rng, "liputan6.com")}
{vendor_js(rng, 50)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def tribun_amp_ojol():
    name = "tribun_amp_ojol"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-08-19T21:02:11+07:00")
    base = "https://www.tribunnews.com"
    url = f"{base}/bisnis/2023/08/19/{slug(title)}"
    img = "https://asset-2.tstatic.net/tribunnews/foto/bank/images/ojol-jakarta-2023.jpg"
    analytics = json.dumps(
        {
            "vars": {"account": "UA-3221321-1", "gtag_id": "G-7TR3P2WJ0K"},
            "triggers": {
                "trackPageview": {"on": "visible", "request": "pageview"},
                "scroll": {
                    "on": "scroll",
                    "scrollSpec": {"verticalBoundaries": [25, 50, 75, 100]},
                    "request": "event",
                    "vars": {"eventCategory": "scroll", "eventAction": "${verticalScrollBoundary}"},
                },
            },
            "extraUrlParams": {
                "cd1": "bisnis",
                "cd2": "Reynas Abdila",
                "cd3": "2023-08-19 21:02:11",
                "cd4": "amp",
            },
        }
    )
    head = "\n".join(
        [
            f"<title>{esc(title)} - Tribunnews.com</title>",
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
            f'<link rel="canonical" href="{url}">',
            f'<meta name="description" content="{attr(lede(items))}">',
            '<meta name="pubdate" content="2023-08-19T21:02:11+07:00">',
            f'<meta property="og:title" content="{attr(title)}">',
            f'<meta property="og:image" content="{img}">',
            '<script async src="https://cdn.ampproject.org/v0.js"></script>',
            '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
            '<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>',
            '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
            '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
            ld_article(
                "NewsArticle",
                title,
                url,
                img,
                "2023-08-19T21:02:11+07:00",
                "2023-08-19T21:02:11+07:00",
                "Reynas Abdila",
                "Tribunnews.com",
                "https://asset-2.tstatic.net/tribunnews/img/logo.png",
                lede(items),
            ),
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>",
            "<style amp-custom>" + css(rng, 420, "tb") + "</style>",
        ]
    )
    bj = headlines(rng, "id", 2)
    tweet = '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1692900112345678901"><blockquote placeholder class="twitter-tweet" data-lang="id"><p lang="in" dir="ltr">Mulai Senin (21/8), tarif batas bawah ojek online zona II naik menjadi Rp2.750/km. Selengkapnya cek di laman resmi kami. <a href="https://t.co/x1Ab2Cd3">pic.twitter.com/x1Ab2Cd3</a></p>&mdash; Kemenhub RI (@KemenhubRI) <a href="https://twitter.com/KemenhubRI/status/1692900112345678901">19 Agustus 2023</a></blockquote></amp-twitter>'
    ad = '<div class="ads-amp"><div class="ads-label">ADVERTISEMENT</div><amp-ad width="300" height="250" type="doubleclick" data-slot="/4373823/tribunnews/amp/bisnis/mid" data-multi-size="336x280"></amp-ad></div>'
    inserts = {
        1: f'<p class="baca"><strong>Baca juga: <a href="{story_url(rng, base, d, bj[0], "dated")}">{esc(bj[0])}</a></strong></p>',
        2: ad,
        3: tweet,
        5: f'<p class="baca"><strong>Baca juga: <a href="{story_url(rng, base, d, bj[1], "dated")}">{esc(bj[1])}</a></strong></p>'
        + ad,
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>TRIBUNNEWS.COM, JAKARTA</strong> - ",
    )
    body = f"""<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{analytics}</script></amp-analytics>
<amp-analytics type="comscore"><script type="application/json">{{"vars":{{"c2":"{rng.randint(1000000, 9999999)}"}},"extraUrlParams":{{"comscorekw":"amp"}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{mega_menu(rng, "id", base, 14, (6, 16), "amp-menu")}</amp-sidebar>
<header class="hdr"><button on="tap:sidebar.toggle" class="menu-btn">&#9776;</button><a href="{base}"><amp-img src="https://asset-2.tstatic.net/tribunnews/img/logo.png" width="160" height="32" alt="Tribunnews"></amp-img></a></header>
<div class="main">
<div class="breadcrumb"><a href="{base}">Home</a> &raquo; <a href="{base}/bisnis">Bisnis</a></div>
<h1 id="arttitle" class="f22 fbo">{esc(title)}</h1>
<div class="mt10 grey"><div class="credit"><a href="{base}/penulis/reynas-abdila">Reynas Abdila</a></div><time class="grey">Sabtu, 19 Agustus 2023 21:02 WIB</time></div>
<amp-img src="{img}" width="700" height="393" layout="responsive" alt="ojol"></amp-img><div class="caption">Pengemudi ojek online menunggu penumpang di kawasan Tebet, Jakarta Selatan, Sabtu (19/8/2023). Tribunnews.com/Jeprima</div>
<div class="share"><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share></div>
<div class="side-article txt-article multi-fontsize">
{body_html}
<p>Artikel ini telah tayang di <a href="https://jakarta.tribunnews.com">TribunJakarta.com</a> dengan judul Tarif Ojol Naik Mulai Senin, Pengemudi di Tebet Khawatir Order Sepi.</p>
</div>
<div class="penulis">Penulis: Reynas Abdila<br>Editor: Sanusi</div>
<div class="tagcloud">{"".join(f'<a href="{base}/tag/{slug(x)}">{esc(x)}</a>' for x in ["ojek online", "tarif ojol", "Kemenhub", "Jabodetabek"])}</div>
<div class="box"><h3>Berita Terkait</h3>{link_list(rng, "id", base, d, 6, "lsi")}</div>
<div class="box"><h3>Berita Populer</h3>{link_list(rng, "id", base, d, 10, "lsi", with_time=lambda x: f"<time>{id_long(x)}</time>")}</div>
</div>
{footer(rng, "id", base, "Tribunnews.com", 2023, 4)}
</body>"""
    doc = f'<!doctype html>\n<html \u26a1 lang="id">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n{body}\n</html>\n'
    return name, doc, expected(name, title, d, items)


@page
def antara_gabah():
    name = "antara_gabah"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-04-11T15:47:12+07:00")
    base = "https://www.antaranews.com"
    url = f"{base}/berita/2817001/{slug(title)}"
    img = "https://img.antaranews.com/cache/800x533/2022/04/11/gabah-ngawi.jpg"
    head = head_common(
        f"{title} - ANTARA News",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-04-11T08:47:12Z",
                    "2022-04-11T08:47:12Z",
                    "Ahmad Fauzan",
                    "ANTARA News",
                    f"{base}/img/antaranews.png",
                    lede(items),
                    articleSection="Ekonomi",
                ),
                gtm("GTM-PQRL8H"),
                "<style>" + css(rng, 260, "ant") + "</style>",
                gpt(rng, "106567035", "antaranews_ekonomi", 10),
            ]
        ),
    )
    bj = headlines(rng, "id", 2)
    parts = [h(x) for x in items]
    parts[0] = "Jakarta (ANTARA) - " + parts[0]
    parts.insert(2, f'Baca juga: <a href="{story_url(rng, base, d, bj[0], "id")}">{esc(bj[0])}</a>')
    parts.insert(
        5,
        f'<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-7615106046913513" data-ad-slot="2918474221"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>Baca juga: <a href="{story_url(rng, base, d, bj[1], "id")}">{esc(bj[1])}</a>',
    )
    text = "<br /><br />".join(parts)
    body = f"""<body>
{gtm_noscript("GTM-PQRL8H")}
<header class="header"><div class="container"><a class="navbar-brand" href="{base}"><img src="{base}/img/antaranews.png" alt="ANTARA News"></a></div>{mega_menu(rng, "id", base, 15, (8, 20), "nav navbar-nav")}</header>
<div class="container"><div class="row"><div class="col-md-8">
<div class="wrap__article-detail">
<ol class="breadcrumb"><li><a href="{base}">Beranda</a></li><li><a href="{base}/ekonomi">Ekonomi</a></li></ol>
<div class="wrap__article-detail-title"><h1>{esc(title)}</h1></div>
<div class="wrap__article-detail-info"><ul class="list-inline"><li class="list-inline-item"><span class="text-dark text-capitalize"><i class="fa fa-clock-o"></i> Senin, 11 April 2022 15:47 WIB</span></li></ul></div>
<div class="wrap__article-detail-image"><figure><img src="{img}" class="img-fluid" alt="gabah"><p class="wp-caption-text">Petani menjemur gabah di Kabupaten Ngawi, Jawa Timur, Senin (11/4/2022). ANTARA FOTO/Siswowidodo/foc.</p></figure></div>
<div class="wrap__article-detail-content post-content">
{text}<br /><br /><p class="text-muted mt-2 small">Pewarta: Ahmad Fauzan<br />Editor: Rina Wulandari<br />COPYRIGHT &copy; ANTARA 2022</p>
</div>
<div class="blog-tags"><ul class="list-inline">{"".join(f'<li class="list-inline-item"><a href="{base}/tag/{slug(x)}">#{esc(x)}</a></li>' for x in ["bulog", "gabah", "panen raya"])}</ul></div>
{share_bar("id", url, title, "social-share")}
</div>
<div class="wrapper__list__article"><h4 class="border_section">Berita Terkait</h4>{link_list(rng, "id", base, d, 6, "list-terkait", with_time=lambda x: f'<span class="text-secondary">{x.day} {ID_MONTHS[x.month - 1]} {x.year}</span>')}</div>
</div><aside class="col-md-4"><div class="wrapper__list__article"><h4 class="border_section">Terpopuler</h4>{link_list(rng, "id", base, d, 10, "list-populer", with_time=lambda x: f"<span>{id_long(x)}</span>")}</div><div class="wrapper__list__article"><h4 class="border_section">Antara Foto</h4>{link_list(rng, "id", "https://www.antarafoto.com", d, 8, "foto-list", with_img=True)}</div></aside></div></div>
{footer(rng, "id", base, "ANTARA News", 2022, 6)}
{analytics_misc(rng, "antaranews.com")}
{vendor_js(rng, 40)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def kumparan_kopi():
    name = "kumparan_kopi"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-10-25T12:10:00+07:00")
    base = "https://kumparan.com"
    url = f"{base}/kumparanbisnis/{slug(title)}-21X4kQ9mZpR"
    img = "https://blue.kumparan.com/image/upload/fl_progressive,fl_lossy,c_fill,q_auto:best,w_640/v1634025439/01h8x2kopi.jpg"
    doc_nodes = [{"type": "paragraph", "children": [{"text": t(x)}]} for x in items]
    doc_nodes.insert(
        3,
        {"type": "image", "url": img, "caption": "Ilustrasi biji kopi arabika. Foto: Shutterstock"},
    )
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": "21X4kQ9mZpR",
                    "title": title,
                    "leadText": lede(items),
                    "publishedAt": "2023-10-25T05:10:00.000Z",
                    "updatedAt": "2023-10-25T05:10:00.000Z",
                    "document": json.dumps({"document": doc_nodes}, ensure_ascii=False),
                    "publisher": {"name": "kumparanBISNIS", "slug": "kumparanbisnis"},
                    "author": {"name": "Ghinaa Rahmatika"},
                    "topics": ["Ekspor Kopi", "BPS", "Kopi Indonesia"],
                },
                "related": state_blob(rng, "id", base, d, 40),
            },
            "__N_SSP": True,
        },
        "page": "/[publisherSlug]/[storySlug]",
        "query": {"publisherSlug": "kumparanbisnis", "storySlug": slug(title) + "-21X4kQ9mZpR"},
        "buildId": "kW3u1_" + rand_id(rng, 10),
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    head = head_common(
        f"{title} | kumparan.com",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2023-10-25T12:10:00+07:00",
                    "2023-10-25T12:10:00+07:00",
                    "Ghinaa Rahmatika",
                    "kumparan",
                    f"{base}/logo.png",
                    lede(items),
                ),
                gtm("GTM-WQ6H3C"),
                '<style data-styled="active" data-styled-version="5.3.5">'
                + css(rng, 520, "sc")
                + "</style>",
            ]
        ),
    )
    text_cls = "Textweb__StyledText-sc-1ed9ao-0 gtnRzz"
    box_cls = "TextBoxweb__StyledTextBox-sc-1noultz-0 hHDsa-d"
    blocks = []
    for i, x in enumerate(items):
        blocks.append(
            f'<div class="{box_cls}"><span class="{text_cls}" data-qa-id="story-paragraph"><span>{h(x)}</span></span></div>'
        )
        if i == 2:
            blocks.append(
                f'<div class="Viewweb__StyledView-sc-b0snvl-0 hXbJOd" data-qa-id="image-container"><div class="ImageLoaderweb__StyledImage-sc-1r6yhpx-0"><img src="{img}" alt="Ilustrasi biji kopi"></div><div class="Viewweb__StyledView-sc-b0snvl-0 kJkQeb"><span class="Textweb__StyledText-sc-1ed9ao-0 eYlpgw" data-qa-id="image-caption">Ilustrasi biji kopi arabika. Foto: Shutterstock</span></div></div>'
            )
        if i in (1, 5):
            blocks.append(
                '<div class="Viewweb__StyledView-sc-b0snvl-0 ads-wrapper"><span class="Textweb__StyledText-sc-1ed9ao-0 kgpXqz">Advertisement</span><div id="div-gpt-ad-story-'
                + str(i)
                + '"></div></div>'
            )
    body = f"""<body>
<div id="__next"><div class="Viewweb__StyledView-sc-b0snvl-0 app-root">
<header class="Viewweb__StyledView-sc-b0snvl-0 NavBar">{mega_menu(rng, "id", base, 12, (6, 14), "Navweb__StyledNav-sc-2zv9pd-0")}</header>
<main class="Viewweb__StyledView-sc-b0snvl-0 story-page">
<div class="Viewweb__StyledView-sc-b0snvl-0 gHhYdp"><a href="{base}/kumparanbisnis" class="LabelLinkweb__StyledLink-sc-1tqz2a6-0"><span class="{text_cls}">kumparanBISNIS</span></a></div>
<h1 class="Textweb__StyledText-sc-1ed9ao-0 hCVQkO" data-qa-id="story-title">{esc(title)}</h1>
<div class="Viewweb__StyledView-sc-b0snvl-0 author-box"><span class="{text_cls}" data-qa-id="author-name">kumparanBISNIS</span><span class="{text_cls}" data-qa-id="date">25 Oktober 2023 12:10 WIB</span><span class="{text_cls}">&middot; waktu baca 3 menit</span></div>
<div class="Viewweb__StyledView-sc-b0snvl-0 cover"><img src="{img}" alt="cover"><span class="{text_cls}" data-qa-id="image-caption">Petani memetik kopi arabika di Kabupaten Enrekang, Sulawesi Selatan. Foto: Dok. Istimewa</span></div>
{share_bar("id", url, title, "ShareButtonweb__StyledShare-sc-1lq9c")}
<div class="Viewweb__StyledView-sc-b0snvl-0 story-content" data-qa-id="story-content">
{chr(10).join(blocks)}
</div>
<div class="Viewweb__StyledView-sc-b0snvl-0 topic-list">{"".join(f'<a class="TopicLink" href="{base}/topic/{slug(x)}"><span class="{text_cls}">{esc(x)}</span></a>' for x in ["Ekspor Kopi", "BPS", "Kopi Indonesia"])}</div>
<div class="Viewweb__StyledView-sc-b0snvl-0 comment-box"><span class="{text_cls}">Tulis Tanggapanmu</span><span class="{text_cls}">Belum ada komentar</span></div>
<section class="Viewweb__StyledView-sc-b0snvl-0 recirculation"><span class="{text_cls}">Berita Selanjutnya</span>{link_list(rng, "id", base, d, 14, "CardListweb__StyledList", with_img=True, style="id")}</section>
</main>
{footer(rng, "id", base, "kumparan", 2023, 4)}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
{vendor_js(rng, 90)}
{analytics_misc(rng, "kumparan.com")}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def okezone_spt():
    name = "okezone_spt"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2024-05-13T09:40:00+07:00")
    base = "https://economy.okezone.com"
    url = f"{base}/read/2024/05/13/20/3009611/{slug(title)}"
    img = "https://img.okezone.com/content/2024/05/13/20/3009611/pajak-Xb2k9.jpg"
    # This site's JSON-LD carries dateCreated/dateModified but no datePublished.
    ld = json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "url": url,
            "image": [img],
            "dateCreated": "2024-05-13T09:40:00+07:00",
            "dateModified": "2024-05-13T11:02:00+07:00",
            "author": {"@type": "Person", "name": "Rina Anggraeni"},
            "publisher": {
                "@type": "Organization",
                "name": "Okezone",
                "logo": {"@type": "ImageObject", "url": "https://cdn.okezone.com/logo.png"},
            },
        }
    )
    head = head_common(
        f"{title} : Okezone Economy",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                ld,
                gtm("GTM-TR6D9X"),
                "<style>" + css(rng, 300, "oke") + "</style>",
                gpt(rng, "7108725", "okezone_economy", 12),
                prebid(rng, 5),
            ]
        ),
    )
    bj = headlines(rng, "id", 3)
    inserts = {
        0: f'<p><strong>Baca Juga:</strong> <a href="{story_url(rng, base, d, bj[0], "id")}">{esc(bj[0])}</a></p>',
        2: '<div class="ads-ra-top"><div class="ads-label">Advertisement</div><div id="div-gpt-ad-okezone-inarticle"></div></div>',
        4: f'<p><strong>Baca Juga:</strong> <a href="{story_url(rng, base, d, bj[1], "id")}">{esc(bj[1])}</a></p>',
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>JAKARTA</strong> - ",
        last_suffix=" <strong>(kil)</strong>",
    )
    body_html += '\n<p><strong>Follow Berita Okezone di <a href="https://news.google.com/publications/okezone">Google News</a></strong></p>\n<p>Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan <a href="https://orion.okezone.com">klik disini</a> dan nantikan kejutan menarik lainnya.</p>'
    body = f"""<body>
{gtm_noscript("GTM-TR6D9X")}
<div class="header-wrapper"><div class="logo"><a href="https://www.okezone.com"><img src="https://cdn.okezone.com/logo.png" alt="Okezone"></a></div>{mega_menu(rng, "id", "https://www.okezone.com", 16, (8, 22), "menu-bar")}</div>
<div class="container-wrap"><div class="container-left">
<div class="breadcrumb"><a href="https://www.okezone.com">Home</a> &gt; <a href="{base}">Economy</a> &gt; <a href="{base}/finance">Finance</a></div>
<div class="title"><h1>{esc(title)}</h1></div>
<div class="reporter"><div class="namerep"><a href="https://www.okezone.com/reporter/rina-anggraeni">Rina Anggraeni</a>, Jurnalis <b>&middot; Senin 13 Mei 2024 09:40 WIB</b></div></div>
{share_bar("id", url, title, "share-okezone")}
<div id="imgCheck" class="detfoto"><img src="{img}" alt="pajak"><div class="caption-img-ab">Ilustrasi pelaporan SPT. (Foto: Okezone)</div></div>
<div id="contentx" class="read">
{body_html}
</div>
<div class="paging newsnext"></div>
<div class="detail-tag newtag"><ul>{"".join(f'<li><a href="https://www.okezone.com/tag/{slug(x)}">{esc(x)}</a></li>' for x in ["SPT Tahunan", "DJP", "pajak", "wajib pajak badan"])}</ul></div>
<div class="rekomendasi"><h3>Berita Terkait</h3>{link_list(rng, "id", base, d, 6, "list-berita")}</div>
</div><div class="container-right"><div class="box-populer"><h3>Terpopuler</h3>{link_list(rng, "id", base, d, 10, "list-populer", with_time=lambda x: f'<span class="wp-thumb-news">{x.day} {ID_MONTHS[x.month - 1]} {x.year}</span>')}</div><div class="box"><h3>Berita Terbaru</h3>{link_list(rng, "id", base, d, 15, "list-terbaru")}</div></div></div>
{footer(rng, "id", "https://www.okezone.com", "Okezone.com", 2024, 5)}
{analytics_misc(rng, "okezone.com")}
{vendor_js(rng, 45)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def suara_umk():
    name = "suara_umk"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    seo = "UMK Jateng 2022 Naik 0,78 Persen, Buruh: Tidak Ada Artinya"
    d = when("2021-12-02T18:25:00+07:00")
    base = "https://www.suara.com"
    url = f"{base}/news/2021/12/02/182500/{slug(seo)}"
    img = "https://media.suara.com/pictures/653x366/2021/12/02/98712-ilustrasi-buruh.jpg"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "Suara.com",
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": f"{base}/search?q={{search_term_string}}",
                    "query-input": "required name=search_term_string",
                },
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Suara.com",
                "logo": {"@type": "ImageObject", "url": f"{base}/images/logo.png"},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": seo,
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2021-12-02T18:25:00+07:00",
            },
            {
                "@type": "NewsArticle",
                "headline": seo,
                "mainEntityOfPage": {"@id": url},
                "datePublished": "2021-12-02T18:25:00+07:00",
                "dateModified": "2021-12-02T18:41:00+07:00",
                "author": {"@type": "Person", "name": "Dafi Yusuf"},
                "publisher": {"@id": f"{base}/#organization"},
                "image": img,
            },
        ],
    }
    head = head_common(
        seo,
        lede(items),
        url,
        img,
        og_title=seo,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2021-12-02T18:25:00+07:00">',
                json_ld(graph),
                gtm("GTM-5LRR7K"),
                "<style>" + css(rng, 330, "sr") + "</style>",
                gpt(rng, "148558260", "suara.com_news", 10),
            ]
        ),
    )
    bj = headlines(rng, "id", 4)
    insta = '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CW9xYz1Labc/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/CW9xYz1Labc/" target="_blank">Lihat postingan ini di Instagram</a><p><a href="https://www.instagram.com/p/CW9xYz1Labc/" target="_blank">Sebuah kiriman dibagikan oleh KSPJT (@kspjt.official)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>'
    inserts = {
        1: f'<div class="baca-juga-new"><span class="baca-juga-title">Baca Juga:</span><ul>{li_links(rng, base, d, bj[:2], "dated")}</ul></div>',
        3: '<div class="ads_inarticle"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-inarticle"></div></div>',
        5: insta,
        6: f'<div class="baca-juga-new"><span class="baca-juga-title">Baca Juga:</span><ul>{li_links(rng, base, d, bj[2:], "dated")}</ul></div>',
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>Suara.com</strong> - ",
    )
    body = f"""<body>
{gtm_noscript("GTM-5LRR7K")}
{consent("id", "sr-consent")}
<header class="header-top"><a href="{base}" class="logo"><img src="{base}/images/logo.png" alt="Suara.com"></a></header>
{mega_menu(rng, "id", base, 14, (10, 24), "main-menu")}
<div class="wrap-content"><div class="content-article">
<div class="breadcrumb"><a href="{base}">Home</a> / <a href="{base}/news">News</a></div>
<div class="info"><h1>{esc(title)}</h1>
<div class="writer"><span>Dafi Yusuf</span> | <span>Chandra Iswinarno</span></div>
<div class="date-article"><span>Kamis, 02 Desember 2021 | 18:25 WIB</span></div></div>
{share_bar("id", url, title, "share-box")}
<figure class="img-cover"><img src="{img}" alt="buruh"><figcaption>Ilustrasi buruh menggelar aksi unjuk rasa. [Suara.com/Alfian Winanto]</figcaption></figure>
<article class="detail-content detail-berita">
{body_html}
</article>
<div class="writer-bottom">Kontributor : Dafi Yusuf</div>
<div class="tag-header"><ul>{"".join(f'<li><a href="{base}/tag/{slug(x)}">{esc(x)}</a></li>' for x in ["UMK 2022", "Jawa Tengah", "buruh", "upah minimum"])}</ul></div>
<div class="related"><h3>Berita Terkait</h3>{link_list(rng, "id", base, d, 8, "list-related", with_img=True)}</div>
</div><aside class="sidebar"><div class="box"><h3>Terpopuler</h3>{link_list(rng, "id", base, d, 10, "list-popular", with_time=lambda x: f'<span class="date">{x:%H:%M} WIB</span>')}</div></aside></div>
{footer(rng, "id", base, "Suara.com", 2021, 5)}
{analytics_misc(rng, "suara.com")}
{vendor_js(rng, 40)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def jpnn_honorer():
    name = "jpnn_honorer"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-08-30T05:55:44+07:00")
    base = "https://www.jpnn.com"
    url = f"{base}/news/{slug(title)}"
    img = "https://image.jpnn.com/resize/570x380-80/arsip/normal/2022/08/30/guru-honorer-ilustrasi.jpg"
    head = head_common(
        f"{title} - JPNN.com",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-08-30T05:55:44+07:00",
                    "2022-08-30T05:55:44+07:00",
                    "Mesyia Muhammad",
                    "JPNN.com",
                    f"{base}/logo.png",
                    lede(items),
                ),
                gtm("GTM-WLZ2B7"),
                "<style>" + css(rng, 240, "jp") + "</style>",
                gpt(rng, "21735159", "JPNN_Desktop", 9),
            ]
        ),
    )
    bj = headlines(rng, "id", 6)

    def box(xs):
        return f'<div class="baca-juga"><span class="baca-juga-title">Baca Juga:</span><ul>{li_links(rng, base, d, xs, "id")}</ul></div>'

    inserts = {1: box(bj[:3]), 4: box(bj[3:])}
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>jpnn.com, JAKARTA</strong> - ",
    )
    body_html += '\n<p><strong>(mcr8/jpnn)</strong></p>\n<p><strong>Jangan Lewatkan Video Terbaru:</strong></p>\n<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/aB3dE5fG7hI" allowfullscreen></iframe></div>'
    body = f"""<body>
{gtm_noscript("GTM-WLZ2B7")}
<header class="header"><div class="logo"><a href="{base}"><img src="{base}/logo.png" alt="JPNN.com"></a></div>{mega_menu(rng, "id", base, 15, (8, 20), "menu")}</header>
<div class="container"><div class="main-content">
<div class="breadcrumb"><a href="{base}">Home</a> &raquo; <a href="{base}/nasional">Nasional</a></div>
<h1 class="title">{esc(title)}</h1>
<div class="post-meta"><span class="date">Selasa, 30 Agustus 2022 &ndash; 05:55 WIB</span></div>
<div class="photo"><img src="{img}" alt="guru honorer"><div class="caption">Ilustrasi guru honorer mengajar di sebuah sekolah dasar. Foto: Ricardo/JPNN.com</div></div>
{share_bar("id", url, title, "share")}
<div class="page-content">
{body_html}
</div>
<div class="author-info"><p>Redaktur &amp; Reporter : Mesyia Muhammad</p></div>
<div class="tags"><span>Tag:</span>{"".join(f'<a href="{base}/tag/{slug(x)}">{esc(x)}</a>' for x in ["Guru Honorer", "Komisi X DPR", "Kemendikbudristek"])}</div>
<div class="related"><h3>Artikel Terkait</h3>{link_list(rng, "id", base, d, 8, "list")}</div>
</div><aside class="sidebar"><div class="box"><h3>Terpopuler</h3>{link_list(rng, "id", base, d, 10, "list-populer", with_time=lambda x: f"<span>{id_long(x)}</span>")}</div><div class="box"><h3>Terkini</h3>{link_list(rng, "id", base, d, 12, "list-terkini")}</div></aside></div>
{footer(rng, "id", base, "JPNN.com", 2022, 5)}
{analytics_misc(rng, "jpnn.com")}
{vendor_js(rng, 35)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


@page
def wp_regional_jalan():
    name = "wp_regional_jalan"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-01-09T08:12:33+08:00")
    base = "https://radarlembah.id"
    url = f"{base}/2023/01/09/{slug(title)}/"
    img = f"{base}/wp-content/uploads/2023/01/jalan-ambles-km27-1024x576.jpg"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Redaksi", "@id": f"{base}/#/schema/person/8f1c"},
                "headline": title,
                "datePublished": "2023-01-09T00:12:33+00:00",
                "dateModified": "2023-01-09T02:45:02+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": len(plain_text(items).split()),
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": img,
                "keywords": ["jalan ambles", "Samarinda", "Bontang"],
                "articleSection": ["Kaltim"],
                "inLanguage": "id",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Radar Lembah",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "datePublished": "2023-01-09T00:12:33+00:00",
                "dateModified": "2023-01-09T02:45:02+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "id",
            },
            {
                "@type": "ImageObject",
                "inLanguage": "id",
                "@id": f"{url}#primaryimage",
                "url": img,
                "contentUrl": img,
                "width": 1024,
                "height": 576,
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Beranda", "item": base},
                    {"@type": "ListItem", "position": 2, "name": title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "Radar Lembah",
                "description": "Kabar Terkini dari Lembah Mahakam",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "id",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Radar Lembah",
                "url": base,
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2021/03/logo.png",
                },
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/8f1c",
                "name": "Redaksi",
                "url": f"{base}/author/redaksi/",
            },
        ],
    }
    emoji = '<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/radarlembah.id\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.1.1"}};!function(e,a,t){var n,r,o,i=a.createElement("canvas"),p=i.getContext&&i.getContext("2d");function s(e,t){var a=String.fromCharCode,e=(p.clearRect(0,0,i.width,i.height),p.fillText(a.apply(this,e),0,0),i.toDataURL());return p.clearRect(0,0,i.width,i.height),p.fillText(a.apply(this,t),0,0),e===i.toDataURL()}}(window,document,window._wpemojiSettings);</script>'
    head = "\n".join(
        [
            f"<title>{esc(title)} - Radar Lembah</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">',
            f'<link rel="canonical" href="{url}">',
            '<meta property="og:locale" content="id_ID">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{attr(title)} - Radar Lembah">',
            f'<meta property="og:url" content="{url}">',
            '<meta property="og:site_name" content="Radar Lembah">',
            '<meta property="article:published_time" content="2023-01-09T00:12:33+00:00">',
            '<meta property="article:modified_time" content="2023-01-09T02:45:02+00:00">',
            f'<meta property="og:image" content="{img}">',
            '<meta name="author" content="Redaksi">',
            '<meta name="twitter:label1" content="Ditulis oleh"><meta name="twitter:data1" content="Redaksi"><meta name="twitter:label2" content="Estimasi waktu membaca"><meta name="twitter:data2" content="2 menit">',
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>',
            emoji,
            "<style id='wp-block-library-inline-css'>" + css(rng, 260, "wp-block") + "</style>",
            "<style id='generatepress-inline-css'>" + css(rng, 160, "gp") + "</style>",
            '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-3948201193648012" crossorigin="anonymous"></script>',
        ]
    )
    adsense = '<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-3948201193648012" data-ad-slot="4411029381" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    bj = headlines(rng, "id", 2)
    fig = f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="{img}" alt="" class="wp-image-48213" srcset="{img} 1024w, {img.replace("1024x576", "300x169")} 300w" sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">Kondisi jalan poros Samarinda&#8211;Bontang Km 27 yang ambles, Senin (9/1/2023). (Foto: Istimewa)</figcaption></figure>'
    inserts = {
        0: fig,
        1: adsense,
        3: f'<p><strong>Baca Juga:</strong> <a href="{story_url(rng, base, d, bj[0], "plain")}">{esc(bj[0])}</a></p>',
        6: adsense.replace("code-block-2", "code-block-3"),
    }
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        inserts=inserts,
        first_prefix="<strong>SAMARINDA</strong> &#8211; ",
        last_suffix=" (rdl/kk)",
        ul=lambda xs: '<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in xs) + "</ul>",
    )
    comments = []
    for i, (who, txt) in enumerate(
        [
            (
                "Hendra K",
                "Tiap tahun begini terus, tolong diperbaiki permanen pak. Kasihan sopir truk sawit yang harus nunggu berjam-jam.",
            ),
            (
                "warga_sungaisiring",
                "Kemarin sore saya lewat sudah buka tutup, antrean sampai 2 km. Hati-hati yang lewat malam, penerangan minim.",
            ),
            ("Dewi", "Semoga cepat selesai, anak saya sekolah di Bontang."),
        ]
    ):
        when_ = d + timedelta(hours=2 + i * 3)
        comments.append(
            f'<li id="comment-{9120 + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">berkata:</span></div><div class="comment-metadata"><a href="{url}#comment-{9120 + i}"><time datetime="{when_.isoformat()}">{when_.day} {ID_MONTHS[when_.month - 1]} {when_.year} pukul {when_:%H:%M}</time></a></div></footer><div class="comment-content"><p>{esc(txt)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Balas</a></div></article></li>'
        )
    archives = "".join(
        f'<li><a href="{base}/{y}/{m:02d}/">{ID_MONTHS[m - 1]} {y}</a></li>'
        for y in (2023, 2022, 2021)
        for m in range(12, 0, -1)
        if (y, m) <= (2023, 1)
    )
    body = f"""<body class="post-template-default single single-post postid-48211 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Langsung ke konten">Langsung ke konten</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="{base}/" rel="home">Radar Lembah</a></p><p class="site-description">Kabar Terkini dari Lembah Mahakam</p></div></div></header>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container">{mega_menu(rng, "id", base, 10, (4, 10), "menu")}</div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail hentry category-kaltim tag-jalan-ambles tag-samarinda">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2023-01-09T10:45:02+08:00">9 Januari 2023</time><time class="entry-date published" datetime="2023-01-09T08:12:33+08:00">9 Januari 2023</time></span> <span class="byline">oleh <span class="author vcard"><a class="url fn n" href="{base}/author/redaksi/" rel="author"><span class="author-name">Redaksi</span></a></span></span></div></header>
<div class="featured-image page-header-image-single"><img width="1024" height="576" src="{img}" class="attachment-full size-full wp-post-image" alt=""></div>
<div class="entry-content">
{body_html}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="{url}?share=twitter"><span>Twitter</span></a></li><li class="share-jetpack-whatsapp"><a class="share-jetpack-whatsapp sd-button share-icon" href="{url}?share=jetpack-whatsapp"><span>WhatsApp</span></a></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-190211-48211' data-name='like-post-frame-190211-48211'><h3 class="sd-title">Menyukai ini:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Suka</span></span> <span class="loading">Memuat...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3></div>
</div>
<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Kategori </span><a href="{base}/category/kaltim/" rel="category tag">Kaltim</a></span> <span class="tags-links"><span class="screen-reader-text">Tag </span><a href="{base}/tag/jalan-ambles/" rel="tag">jalan ambles</a>, <a href="{base}/tag/samarinda/" rel="tag">Samarinda</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="{base}/2023/01/08/{slug(bj[1])}/" rel="prev">{esc(bj[1])}</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 pemikiran pada &ldquo;{esc(title)}&rdquo;</h3><ol class="comment-list">{"".join(comments)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> Ruas yang wajib ditandai <span class="required">*</span></p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Komentar</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2>{link_list(rng, "id", base, d, 10, "recent", style="plain")}</aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Arsip</h2><ul>{archives}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Kategori</h2><ul>{"".join(f'<li class="cat-item"><a href="{base}/category/{slug(x)}/">{esc(x)}</a></li>' for x in TOPICS["id"][:20])}</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2023 Radar Lembah</span> &bull; Dibangun dengan <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id='jetpack-stats-js'>_stq = window._stq || []; _stq.push([ "view", {{v:'ext',blog:'190211',post:'48211',tz:'8',srv:'radarlembah.id',j:'1:11.7'}} ]); _stq.push([ "clickTrackerInit", "190211", "48211" ]);</script>
{vendor_js(rng, 20)}
</body>"""
    return name, page_shell("id", head, body), expected(name, title, d, items)


# =========================================================================== English sites


@page
def bbc_flood_wall():
    name = "bbc_flood_wall"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-11-20T06:14:22+00:00")
    base = "https://www.bbc.co.uk"
    url = f"{base}/news/uk-england-york-north-yorkshire-67471920"
    img = "https://ichef.bbci.co.uk/news/1024/branded_news/1A2B/production/_131771234_selby.jpg"
    og = "Selby flood wall holds back highest River Ouse in 40 years"
    cls_p = "ssrcss-1q0x1qg-Paragraph e1jhz7w10"
    blocks = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            inner = (
                f'<b class="ssrcss-hmf8ql-BoldText e5tfeyi3">{h(item)}</b>' if i == 0 else h(item)
            )
            blocks.append(
                f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="{cls_p}">{inner}</p></div></div>'
            )
        else:
            blocks.append(
                f'<div data-component="subheadline-block" class="ssrcss-1jfe6a1-ComponentWrapper e1xue1i85"><h2 id="{slug(item[1])}" class="ssrcss-1k7tu1b-StyledHeading e10rt3ze0">{h(item[1])}</h2></div>'
            )
        if i == 1:
            blocks.append(
                '<div data-component="image-block" class="ssrcss-1jfe6a1-ComponentWrapper e1xue1i85"><figure class="ssrcss-wpgbih-StyledFigure e34k3c23"><div class="ssrcss-ab5fd8-StyledFigureContainer e34k3c21"><span class="ssrcss-hmvj4h-Image"><img alt="Flood barrier beside the River Ouse" src="https://ichef.bbci.co.uk/news/976/cpsprodpb/1A2B/production/_131771235_wall.jpg" loading="lazy" class="ssrcss-evoj7m-Image edrdn950"></span><span role="text" class="ssrcss-1cqo3yg-Copyright e1o6nxpc0"><span class="ssrcss-1ko4qij-VisuallyHidden e16en2lz0">Image source, </span>Environment Agency</span></div><figcaption class="ssrcss-1a7tb2d-Caption e1o6nxpc1"><span class="ssrcss-1ko4qij-VisuallyHidden e16en2lz0">Image caption, </span>The barrier along the riverside was completed in April</figcaption></figure></div>'
            )
        if i == 3:
            blocks.append(
                '<div data-component="embed-block" class="ssrcss-1jfe6a1-ComponentWrapper"><div class="ssrcss-1ocs56w-SocialEmbedWrapper"><a href="#end-of-twitter-content-1" class="ssrcss-1ydgphr-SkipLink e1d6xluq2">Skip twitter post by Environment Agency Yorkshire</a><div class="ssrcss-1ljffcl-ConsentBanner"><div><p class="ssrcss-p1f7yv-ConsentHeading">Allow Twitter content?</p><p class="ssrcss-1eyzw8w-ConsentText">This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read Twitter\u2019s <a href="https://help.twitter.com/en/rules-and-policies/twitter-cookies">cookie policy</a>, external and <a href="https://twitter.com/privacy">privacy policy</a>, external before accepting. To view this content choose \u2018accept and continue\u2019.</p><button class="ssrcss-1lz2f6m-Button">Accept and continue</button></div></div><p class="ssrcss-1x8vmqy-Disclaimer">The BBC is not responsible for the content of external sites.</p><div id="end-of-twitter-content-1" class="ssrcss-1ydgphr-SkipLinkDestination"><p class="ssrcss-1nnp5ha-SkipLinkText">End of twitter post by Environment Agency Yorkshire</p></div></div></div>'
            )
        if i == 7:
            blocks.append(
                '<div data-component="image-block" class="ssrcss-1jfe6a1-ComponentWrapper"><figure class="ssrcss-wpgbih-StyledFigure"><img alt="Flooded fields" src="https://ichef.bbci.co.uk/news/976/cpsprodpb/9C1D/production/_131771236_fields.jpg"><span role="text" class="ssrcss-1cqo3yg-Copyright"><span class="ssrcss-1ko4qij-VisuallyHidden">Image source, </span>BBC/Tom Ashworth</span><figcaption class="ssrcss-1a7tb2d-Caption"><span class="ssrcss-1ko4qij-VisuallyHidden">Image caption, </span>Fields upstream of Selby were under water on Monday</figcaption></figure></div>'
            )
    related = "".join(
        f'<li class="ssrcss-1t6ly3i-StyledListItem"><a href="{base}/news/topics/{rand_id(rng, 12)}" class="ssrcss-yt3yut-StyledLink">{esc(x)}</a></li>'
        for x in ["Selby", "Flooding", "Environment Agency", "North Yorkshire Council"]
    )
    more = link_list(rng, "en", base + "/news", d, 3, "ssrcss-more", style="id")
    initial = {
        "data": {
            f"article?id={rand_id(rng, 20)}": {
                "data": {
                    "metadata": {
                        "firstPublished": 1700460862000,
                        "lastPublished": 1700460862000,
                        "locator": "urn:bbc:optimo:asset:c" + rand_id(rng, 10),
                    },
                    "content": {
                        "model": {
                            "blocks": [
                                {
                                    "type": "text",
                                    "model": {"text": t(x) if isinstance(x, str) else t(x[1])},
                                }
                                for x in items
                            ]
                        }
                    },
                    "topics": ["Selby", "Flooding"],
                }
            },
            "most-read?edition=domestic": {
                "data": {"items": state_blob(rng, "en", base + "/news", d, 10)}
            },
            "navigation": {
                "data": [{"title": x, "url": f"{base}/news/{slug(x)}"} for x in TOPICS["en"]]
            },
        }
    }
    head = head_common(
        f"{title} - BBC News",
        lede(items),
        url,
        img,
        og_title=og,
        extra="\n".join(
            [
                '<meta property="og:site_name" content="BBC News">',
                json_ld(
                    {
                        "@context": "http://schema.org",
                        "@type": "ReportageNewsArticle",
                        "url": url,
                        "publisher": {
                            "@type": "NewsMediaOrganization",
                            "name": "BBC News",
                            "publishingPrinciples": "https://www.bbc.co.uk/news/help-41670342",
                            "logo": {
                                "@type": "ImageObject",
                                "url": "https://www.bbc.co.uk/news/special/2015/newsspec_10857/bbc_news_logo.png",
                            },
                        },
                        "datePublished": "2023-11-20T06:14:22.000Z",
                        "dateModified": "2023-11-20T06:14:22.000Z",
                        "headline": og,
                        "image": {"@type": "ImageObject", "url": img},
                        "thumbnailUrl": img,
                        "mainEntityOfPage": url,
                        "author": {
                            "@type": "NewsMediaOrganization",
                            "name": "BBC News",
                            "noBylinesPolicy": "https://www.bbc.co.uk/news/help-41670342#authorexpectations",
                        },
                    }
                ),
                "<style>" + css(rng, 520, "ssrcss") + "</style>",
                '<script>window.bbcpage = {"contentType":"article","section":"York & North Yorkshire","language":"en-GB"};</script>',
            ]
        ),
    )
    body = f"""<body>
<div id="__next"><div class="ssrcss-1ocoo3l-Wrap"><header class="ssrcss-1lvpm8f-OrbitHeader"><a href="https://www.bbc.co.uk" class="ssrcss-logo">BBC</a><a href="https://account.bbc.com/signin">Sign in</a></header>
{mega_menu(rng, "en", base + "/news", 14, (6, 14), "ssrcss-nav")}
<div class="ssrcss-1ocoo3l-Wrap e42f8511"><div id="main-wrapper" class="ssrcss-1ah1u8e-MainColumnWrapper"><div class="ssrcss-1ay8fgp-MainColumn"><main id="main-content" data-testid="main-content" class="ssrcss-1sbgbpx-GelContainer"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l6">
<header class="ssrcss-1eqcsb1-HeadingWrapper e1nh2i2l4"><h1 id="main-heading" type="headline" tabindex="-1" class="ssrcss-15xko80-StyledHeading e10rt3ze0">{esc(title)}</h1></header>
<div data-component="byline-block" class="ssrcss-1jfe6a1-ComponentWrapper"><div class="ssrcss-1nv0lha-Container"><div class="ssrcss-m5j4pi-MetadataContent"><div class="ssrcss-1fp9sx8-TextContributorName">By Sarah Pemberton</div><div class="ssrcss-84ltp5-Text">BBC News, Yorkshire</div></div><div class="ssrcss-m5j4pi-MetadataContent"><span class="ssrcss-1if1g9v-MetadataText"><time data-testid="timestamp" datetime="2023-11-20T06:14:22.000Z">20 November 2023</time></span></div></div></div>
{chr(10).join(blocks)}
<div data-component="links-block" class="ssrcss-1jfe6a1-ComponentWrapper"><h2 class="ssrcss-9p8p6a-StyledHeading">More on this story</h2>{more}</div>
<div data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper"><h2 class="ssrcss-1ko4qij-VisuallyHidden">Related topics</h2><ul class="ssrcss-1yqcmr1-StyledList">{related}</ul></div>
</article></main></div>
<div class="ssrcss-1rhlcnm-SecondaryColumn"><div data-component="mostRead" class="ssrcss-mostread"><h2>Most read</h2>{link_list(rng, "en", base + "/news", d, 10, "ssrcss-mr", style="id")}</div></div></div></div>
{footer(rng, "en", base, "BBC", 2023, 4, "ssrcss-footer")}
</div></div>
<script>window.__INITIAL_DATA__={json.dumps(json.dumps(initial, ensure_ascii=False), ensure_ascii=False)};</script>
{vendor_js(rng, 110)}
</body>"""
    return name, page_shell("en-GB", head, body), expected(name, title, d, items)


@page
def guardian_temp_housing():
    name = "guardian_temp_housing"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-03-15T05:00:08+00:00")
    base = "https://www.theguardian.com"
    url = f"{base}/society/2022/mar/15/{slug(title)}"
    img = "https://i.guim.co.uk/img/media/4b2d1a/master/3000.jpg?width=1200&height=630&quality=85&auto=format&fit=crop"
    config = {
        "page": {
            "pageId": url[len(base) + 1 :],
            "headline": title,
            "section": "society",
            "sectionName": "Society",
            "webPublicationDate": 1647320408000,
            "contentType": "Article",
            "keywords": "Housing,Homelessness,Local government,Communities",
            "author": "Eleanor Brooke",
            "isPaidContent": False,
            "shouldHideAdverts": False,
            "edition": "UK",
            "dcrCouldRender": True,
        },
        "switches": {
            k: rng.random() < 0.6
            for k in [
                "abTestA",
                "adFreeStrictExpiryEnforcement",
                "brazeSwitch",
                "confiantAdVerification",
                "consentManagement",
                "discussionPage",
                "enhancedCommercial",
                "iasAdTargeting",
                "lazyLoadContainers",
                "prebidAppnexus",
                "prebidCriteo",
                "prebidImproveDigital",
                "prebidIndexExchange",
                "prebidKargo",
                "prebidOzone",
                "prebidPubmatic",
                "prebidTrustx",
                "prebidXaxis",
                "remoteBanner",
                "remoteHeader",
                "serverSideLiveblogInlineAds",
                "sentinelLogger",
                "shouldLoadGoogletag",
                "slotBodyEnd",
                "weAreHiring",
            ]
        },
        "tests": {},
        "libs": {"googletag": "https://securepubads.g.doubleclick.net/tag/js/gpt.js"},
        "related": state_blob(rng, "en", base, d, 20),
    }
    p_cls = "dcr-1kas69x"
    signup = '<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-9" class="dcr-jzxpee">skip past newsletter promotion</a><div data-component="email-signup" class="dcr-1p2xkwd"><div><p class="dcr-1qx7i0">Sign up to <span>Morning Briefing</span></p><p class="dcr-u0k5yf">Free daily newsletter</p><p class="dcr-1i2bmcn">Start your day with the key stories, explained and put in context, before you reach your desk</p><form><input type="email" aria-label="Enter your email address"><button type="submit">Sign up</button></form><p class="dcr-1jrl3ns"><strong>Privacy Notice: </strong>Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.</p></div></div><div id="EmailSignup-skip-link-9" tabindex="0" aria-label="after newsletter promotion" role="note" class="dcr-jzxpee">after newsletter promotion</div>'
    richlink = f'<figure id="rich-link-{rand_id(rng, 6)}" data-spacefinder-role="richLink" data-spacefinder-type="model.dotcomrendering.pageElements.RichLinkBlockElement" class="dcr-11ra563"><gu-island name="RichLinkComponent" priority="feature" deferuntil="idle" props="{attr(json.dumps({"richLinkIndex": 5, "url": base + "/society/2022/feb/24/rough-sleeping"}))}"><div data-print-layout="hide" class="dcr-1f2z6ab"><a href="{base}/society/2022/feb/24/rough-sleeping" aria-label="Rough sleeping in England rises for second year running" data-link-name="in body link"><div class="dcr-vomfx"><div class="dcr-1w6p3wk">Rough sleeping in England rises for second year running</div></div></a></div></gu-island></figure>'
    photo = '<figure id="e4fa2b" data-spacefinder-role="inline" data-spacefinder-type="model.dotcomrendering.pageElements.ImageBlockElement" class="dcr-1qvd3m6"><div class="dcr-1t8m8f2"><picture><img alt="A hostel corridor" src="https://i.guim.co.uk/img/media/7c1e/master/2000.jpg?width=465&quality=45" width="445" height="267" loading="lazy" class="dcr-evn1e9"></picture></div><figcaption class="dcr-1q4m5d7"><span class="dcr-1qvd3m6">A hostel used as temporary accommodation in south London. </span>Photograph: Martin Keane/The Guardian</figcaption></figure>'
    inserts = {2: richlink, 3: photo, 5: signup}
    body_html = render(
        items,
        lambda s: f'<p class="{p_cls}">{s}</p>',
        h2=lambda s: f'<h2 id="{slug(s)}" class="dcr-1tqc7g0">{s}</h2>',
        inserts=inserts,
    )
    epic = '<div id="slot-body-end" class="dcr-4w8ah4"><gu-island name="SlotBodyEnd" priority="feature" deferuntil="visible"><div class="dcr-epic"><h2 class="dcr-1gpcqyf">You\u2019ve read 8 articles in the last year</h2><p class="dcr-1dwsl5q">\u2026 we have a small favour to ask. Tens of millions have placed their trust in our fearless journalism since we started publishing 200 years ago. We hope you will consider supporting us today.</p><p class="dcr-1dwsl5q">Unlike many others, we have no billionaire owner, meaning we can fearlessly chase the truth and report it with integrity.</p><a class="dcr-btn" href="https://support.theguardian.com/contribute">Support us</a></div></gu-island></div>'
    head = head_common(
        f"{title} | Housing | The Guardian",
        "Spending on bed and breakfasts and hostels rose by a third in a year, figures show",
        url,
        img,
        og_title=f"{title} | Housing",
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2022-03-15T05:00:08.000Z">',
                '<meta property="article:modified_time" content="2022-03-15T09:12:40.000Z">',
                '<meta property="article:section" content="Society">',
                f'<meta property="article:author" content="{base}/profile/eleanor-brooke">',
                json_ld(
                    [
                        {
                            "@context": "https://schema.org",
                            "@type": "NewsArticle",
                            "@id": url,
                            "publisher": {
                                "@type": "Organization",
                                "name": "The Guardian",
                                "logo": {
                                    "@type": "ImageObject",
                                    "url": "https://uploads.guim.co.uk/2018/01/29/gu_logo.png",
                                    "width": 190,
                                    "height": 60,
                                },
                            },
                            "isAccessibleForFree": True,
                            "isPartOf": {
                                "@type": ["CreativeWork", "Product"],
                                "name": "The Guardian",
                                "productID": "theguardian.com:basic",
                            },
                            "image": [img],
                            "author": [
                                {
                                    "@type": "Person",
                                    "name": "Eleanor Brooke",
                                    "sameAs": f"{base}/profile/eleanor-brooke",
                                }
                            ],
                            "datePublished": "2022-03-15T05:00:08.000Z",
                            "headline": title,
                            "dateModified": "2022-03-15T09:12:40.000Z",
                            "mainEntityOfPage": url,
                        },
                        {
                            "@context": "https://schema.org",
                            "@type": "WebPage",
                            "@id": url,
                            "potentialAction": {
                                "@type": "ViewAction",
                                "target": "android-app://com.guardian/https/www.theguardian.com/"
                                + url[len(base) + 1 :],
                            },
                        },
                    ]
                ),
                "<style>" + css(rng, 560, "dcr") + "</style>",
                "<script>window.guardian = "
                + json.dumps(
                    {
                        "config": config,
                        "polyfilled": False,
                        "adBlockers": {"active": None, "onDetect": []},
                    },
                    ensure_ascii=False,
                )
                + ";</script>",
            ]
        ),
    )
    body = f"""<body>
<div id="bannerandheader"><header data-component="header"><a href="{base}/uk" class="dcr-logo">The Guardian - Back to home</a><a href="https://support.theguardian.com/contribute">Support us</a></header>
{mega_menu(rng, "en", base, 16, (8, 18), "dcr-nav")}</div>
<main data-layout="StandardLayout"><article class="dcr-1a5hxmu">
<div data-gu-name="headline" class="dcr-1cfdzm6"><div class="dcr-0"><h1 class="dcr-y70mar">{esc(title)}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1txpfwl"><div class="dcr-1yi1cnj"><p>Spending on bed and breakfasts and hostels rose by a third in a year, figures show</p></div></div>
<div data-gu-name="meta" class="dcr-1u8qly9"><div class="dcr-0"><address aria-label="Contributor info" data-component="meta-byline"><div class="dcr-1qvtlk2"><a rel="author" data-link-name="auto tag link" href="{base}/profile/eleanor-brooke">Eleanor Brooke</a> Housing correspondent</div></address><details class="dcr-1sf6x4l"><summary class="dcr-1ybxn6r"><span class="dcr-u0h1qy">Tue 15 Mar 2022 05.00 GMT</span></summary><span class="dcr-u0h1qy">Last modified on Tue 15 Mar 2022 09.12 GMT</span></details></div>
{share_bar("en", url, title, "dcr-share")}</div>
<div data-gu-name="body" class="dcr-1tg3s6y"><div id="maincontent" tabindex="0" class="dcr-1gocl"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1r7tj5">
{body_html}
</div>
{epic}
<div class="dcr-tags"><ul>{"".join(f'<li><a href="{base}/society/{slug(x)}">{esc(x)}</a></li>' for x in ["Housing", "Homelessness", "Local government", "Communities"])}</ul></div>
</div></div>
</article>
<section data-component="most-popular"><h2>Most viewed</h2>{link_list(rng, "en", base, d, 10, "dcr-most", style="plain")}</section>
<section data-component="onwards"><h2>More on this story</h2>{link_list(rng, "en", base, d, 8, "dcr-onwards", style="plain", with_img=True)}</section>
</main>
{footer(rng, "en", base, "Guardian News & Media Limited or its affiliated companies", 2022, 4, "dcr-footer")}
{vendor_js(rng, 90)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


@page
def reuters_copper_chile():
    name = "reuters_copper_chile"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2024-01-24T14:37:21+00:00")
    base = "https://www.reuters.com"
    url = f"{base}/markets/commodities/{slug(title)}-2024-01-24/"
    img = "https://www.reuters.com/resizer/v2/ABC123XYZ.jpg?auth=1f2e&width=1200&quality=80"
    dateline = "SANTIAGO, Jan 24 (Reuters) - "
    content_elements = [
        {
            "_id": rand_id(rng, 26).upper(),
            "type": "text",
            "content": (dateline if i == 0 else "") + t(x),
        }
        for i, x in enumerate(items)
    ]
    content_elements.append(
        {
            "_id": rand_id(rng, 26).upper(),
            "type": "text",
            "content": "Reporting by Luc\u00eda Ferrer; Editing by Tom Hales",
        }
    )
    gc = {
        "_id": rand_id(rng, 26).upper(),
        "type": "story",
        "headlines": {"basic": title},
        "display_date": "2024-01-24T14:37:21Z",
        "first_publish_date": "2024-01-24T14:37:21.411Z",
        "publish_date": "2024-01-24T14:37:21.411Z",
        "content_elements": content_elements,
        "taxonomy": {
            "sections": [{"_id": "/markets/commodities", "name": "Commodities"}],
            "tags": [{"text": x} for x in ["Copper", "Chile", "Mining"]],
        },
        "credits": {"by": [{"name": "Luc\u00eda Ferrer", "type": "author"}]},
        "related": state_blob(rng, "en", base, d, 25),
    }
    cls = "text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw body__large_body__FV5_X article-body__element__2p5pI"
    paras = []
    for i, x in enumerate(items):
        paras.append(
            f'<div data-testid="paragraph-{i}" class="{cls}">{esc(dateline) if i == 0 else ""}{h(x)}</div>'
        )
        if i == 1:
            paras.append(
                '<div class="article-body__promo-box__3aQqV" data-testid="ArticleBodyPromoBox"><div class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr">Get a look at the day ahead in global commodity markets with the Morning Metals newsletter. <a href="https://www.reuters.com/newsletters/">Sign up here.</a></div></div>'
            )
        if i == 3:
            paras.append(
                '<div class="article-body__ad-container"><div data-testid="ad-slot" class="ad-slot__container__3P1gj"><span class="ad-slot__label__1dT2b">Advertisement \u00b7 Scroll to continue</span><div id="ad-slot-mid-1"></div></div></div>'
            )
    paras.append(
        f'<p class="{cls} sign-off__text" data-testid="SignOffLine">Reporting by Luc\u00eda Ferrer; Editing by Tom Hales</p>'
    )
    cache = {
        "site-hierarchy-by-name-v1": {
            json.dumps({"hierarchy": "default"}): {
                "data": [{"name": x, "id": "/" + slug(x)} for x in TOPICS["en"]]
            }
        }
    }
    fusion = (
        'window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.contextPath="/pf";Fusion.deployment="1284";'
        f"Fusion.globalContent={json.dumps(gc, ensure_ascii=False)};"
        f"Fusion.globalContentConfig={json.dumps({'source': 'article-by-id-or-url-v1', 'query': {'website_url': url[len(base) :]}})};"
        f"Fusion.contentCache={json.dumps(cache)};"
    )
    head = head_common(
        f"{title} | Reuters",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                '<meta name="article:published_time" content="2024-01-24T14:37:21Z">',
                '<meta name="article:modified_time" content="2024-01-24T14:37:21Z">',
                '<meta name="analyticsAttributes.contentChannel" content="Commodities">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2024-01-24T14:37:21Z",
                    "2024-01-24T14:37:21Z",
                    ["Luc\u00eda Ferrer"],
                    "Reuters",
                    "https://www.reuters.com/pf/resources/images/reuters/logo.png",
                    lede(items),
                    isAccessibleForFree=True,
                ),
                "<style>" + css(rng, 480, "text__text") + "</style>",
            ]
        ),
    )
    body = f"""<body>
<div id="fusion-app" class="fusion-app"><header class="site-header__header__1QVsp"><a href="{base}" aria-label="Reuters home">Reuters</a><a href="{base}/account/register/sign-up/">Register</a></header>
{mega_menu(rng, "en", base, 12, (6, 16), "nav-bar__nav")}
<main id="main-content" class="regular-article-layout__main__1tvHH"><article class="article__container__2Ho0f">
<header class="article-header__container__3uNRd"><nav class="article-header__tags__2kRN8"><a href="{base}/markets/commodities/">Commodities</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">{esc(title)}</h1>
<div class="article-header__dateline-container__3ci3E"><div class="info-content__author-date__1Epi_"><address class="author-name__author__3Jrr8"><span>By <a href="{base}/authors/lucia-ferrer/">Luc\u00eda Ferrer</a></span></address><time datetime="2024-01-24T14:37:21Z" data-testid="Body" class="text__text__1FZLe"><span class="date-line__date__23Ge-">January 24, 2024</span><span class="date-line__date__23Ge-">2:37 PM UTC</span><span class="date-line__date__23Ge-">Updated <!-- -->ago</span></time></div></div></header>
<div class="article__main__33WV2"><div class="article__content__6hMn9">
<figure class="primary-image__container"><img src="{img}" alt="Copper cathodes"><figcaption class="primary-image__caption"><span>Copper cathodes are stacked at a warehouse in Antofagasta, Chile, March 12, 2023. REUTERS/Iv\u00e1n Soto/File Photo <a href="{base}/licensing">Purchase Licensing Rights</a></span></figcaption></figure>
<div class="article-body__content__17Yit">
{chr(10).join(paras)}
</div>
<div class="tags-with-label__container"><span>Read Next</span>{link_list(rng, "en", base, d, 4, "read-next", style="plain")}</div>
<div class="trust-badge"><span class="text__text__1FZLe">Our Standards: </span><a href="{base}/info-pages/trust-principles/">The Thomson Reuters Trust Principles.</a><span class="text__text__1FZLe">, opens new tab</span></div>
</div></div></article>
<div class="regular-article-layout__sidebar"><div data-testid="MostRead"><h2>Most Read</h2>{link_list(rng, "en", base, d, 10, "most-popular", style="plain")}</div></div>
</main>
{footer(rng, "en", base, "Reuters", 2024, 6, "site-footer")}
</div>
<script id="fusion-metadata" type="application/javascript">{fusion}</script>
{vendor_js(rng, 70)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


@page
def ap_colorado_river():
    name = "ap_colorado_river"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-07-12T20:41:03-04:00")  # 00:41 UTC on the 13th: the page dates it July 12
    base = "https://apnews.com"
    url = f"{base}/article/arizona-colorado-river-water-cuts-{rand_id(rng, 32, '0123456789abcdef')}"
    img = "https://dims.apnews.com/dims4/default/1a2b3c4/2147483647/strip/true/crop/5000x3333+0+0/resize/1440x960!/quality/90/?url=https%3A%2F%2Fassets.apnews.com%2Fcanal.jpg"
    ad = '<div class="Advertisement Advertisement-inline" data-unit="inline"><div class="Advertisement-label">ADVERTISEMENT</div><div class="htlad-Article_Body" data-ad-slot></div></div>'
    related = f'<div class="PageListRightRailA"><bsp-list-loadmore class="PageListStandardE"><div class="PageList-header"><h2 class="PageList-header-title">Related Stories</h2></div><ul class="PageList-items">{"".join(f"<li class={chr(34)}PageList-items-item{chr(34)}><div class={chr(34)}PagePromo{chr(34)}><h3 class={chr(34)}PagePromo-title{chr(34)}><a href={chr(34)}{base}/article/{rand_id(rng, 20)}{chr(34)}><span class={chr(34)}PagePromoContentIcons-text{chr(34)}>{esc(x)}</span></a></h3></div></li>" for x in headlines(rng, "en", 3))}</ul></bsp-list-loadmore></div>'
    inserts = {1: ad, 3: related, 5: ad}
    body_html = render(
        items, lambda s: f"<p>{s}</p>", inserts=inserts, first_prefix="PHOENIX (AP) \u2014 "
    )
    body_html += "\n<p>___</p>\n<p>Associated Press writer Maria Delgado in Las Vegas contributed to this report.</p>"
    head = head_common(
        f"{title} | AP News",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2022-07-13T00:41:03Z">',
                '<meta property="article:modified_time" content="2022-07-13T01:15:40Z">',
                '<meta property="article:section" content="Climate">',
                '<meta name="gtm-dataLayer" content="{&quot;Content Type&quot;:&quot;article&quot;}">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-07-13T00:41:03Z",
                    "2022-07-13T01:15:40Z",
                    ["Jacques Billeaud"],
                    "AP News",
                    "https://apnews.com/logo.png",
                    lede(items),
                ),
                gtm("GTM-P4CFX9"),
                "<style>" + css(rng, 500, "Page") + "</style>",
                gpt(rng, "21704318219", "apnews", 12),
            ]
        ),
    )
    body = f"""<body class="Page-body" data-content-id="{rand_id(rng, 32, "0123456789abcdef")}">
{gtm_noscript("GTM-P4CFX9")}
<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="{base}">AP</a><a href="{base}/hub/ap-top-news">Top News</a></div>{mega_menu(rng, "en", base, 14, (6, 16), "Page-header-navigation")}</bsp-header>
<main class="Page-main"><div class="Page-content"><div class="Page-storyBody">
<div class="Page-headline"><h1 class="Page-headline">{esc(title)}</h1></div>
<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="{base}/author/jacques-billeaud">JACQUES BILLEAUD</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1657674940000" data-recent-timestamp-format="h:mm a z" data-timestamp-format="h:mm a z, MMMM d, yyyy"><span data-date>Updated 9:15 PM EDT, July 12, 2022</span></bsp-timestamp></div></div>
<div class="Page-actions">{share_bar("en", url, title, "Page-actions-share")}</div>
<div class="Page-lead"><figure class="Figure"><picture><img class="Image" alt="canal" src="{img}" width="1440" height="960"></picture><div class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>Water flows through a canal near Casa Grande, Ariz., on Tuesday, July 12, 2022. (AP Photo/Ross Delgado)</p></div></div></figure></div>
<bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">
{body_html}
</div></bsp-story-page>
<div class="Page-tags">{"".join(f'<a href="{base}/hub/{slug(x)}">{esc(x)}</a>' for x in ["Climate", "Droughts", "Arizona", "Colorado River"])}</div>
</div>
<div class="Page-rightRail"><div class="PageListMostPopular"><h2>Most read</h2>{link_list(rng, "en", base, d, 10, "PageList-items", style="id")}</div></div></div></main>
{footer(rng, "en", base, "The Associated Press", 2022, 5, "Page-footer")}
{analytics_misc(rng, "apnews.com")}
{vendor_js(rng, 70)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


@page
def cnn_ice_storm():
    name = "cnn_ice_storm"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-02-03T14:05:41-05:00")
    base = "https://www.cnn.com"
    url = f"{base}/2023/02/03/weather/texas-oklahoma-ice-storm-power-outages/index.html"
    img = "https://media.cnn.com/api/v1/images/stellar/prod/230203-ice-storm-austin.jpg?c=16x9&q=w_800,c_fill"
    pcls = "paragraph inline-placeholder vossi-paragraph"
    ad = '<div class="ad-slot-dynamic ad-slot-dynamic--ad-slot-{n}" data-ad-type="in_article"><div class="ad-slot__wrapper"><div class="ad-slot" id="ad_inarticle_{n}"></div><div class="ad-feedback-link-container"><div class="ad-feedback-link"><div class="ad-feedback-link__label">Ad Feedback</div></div></div></div></div>'
    related = f'<div class="related-content related-content--article" data-component-name="related-content"><a class="related-content__link" href="{base}/2023/02/02/us/power-outage-safety-winter-storm/index.html"><div class="related-content__headline"><span class="related-content__headline-text">How to stay safe and warm during a power outage in freezing weather</span></div></a></div>'
    figure = '<div class="image image__hide-placeholder" data-component-name="image"><div class="image__container"><picture class="image__picture"><img src="https://media.cnn.com/api/v1/images/stellar/prod/230203-ice-trees.jpg" alt="Ice-covered branches" class="image__dam-img"></picture></div><div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">Ice coats tree branches and power lines in Austin, Texas, on Friday.</span></div><figcaption class="image__credit">Renee Marsh/Austin American-Statesman/USA Today Network</figcaption></div></div>'
    inserts = {1: ad.format(n=1), 2: figure, 3: related, 5: ad.format(n=2)}
    cite = '<cite class="source__cite"><span class="source__location">Austin, Texas</span>\n<span class="source__text">CNN</span></cite>\n\u2014\n'
    body_html = render(
        items,
        lambda s: f'<p class="{pcls}" data-component-name="paragraph" data-editable="text">{s}</p>',
        inserts=inserts,
        first_prefix=cite,
    )
    body_html += f'\n<p class="{pcls}" data-component-name="paragraph" data-editable="text"><em>CNN\u2019s Jamal Reed contributed to this report.</em></p>'
    head = head_common(
        f"{title} | CNN",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2023-02-03T19:05:41.000Z">',
                '<meta property="article:modified_time" content="2023-02-03T22:22:10.000Z">',
                '<meta name="author" content="Ayesha Grant, Lena Ortiz">',
                '<meta name="section" content="weather">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2023-02-03T19:05:41.000Z",
                    "2023-02-03T22:22:10.000Z",
                    ["Ayesha Grant", "Lena Ortiz"],
                    "CNN",
                    "https://www.cnn.com/media/sites/cnn/cnn-fusion-logo.png",
                    lede(items),
                    articleSection=["weather"],
                ),
                "<style>" + css(rng, 520, "cnn") + "</style>",
                "<script>window.CNN = window.CNN || {}; CNN.contentModel = "
                + json.dumps(
                    {
                        "analytics": {
                            "branding_content_page": "default",
                            "pageTop": {
                                "section": "weather",
                                "publishDate": "2023-02-03T19:05:41Z",
                                "lastUpdatedDate": "2023-02-03T22:22:10Z",
                            },
                        },
                        "pageType": "article",
                        "sourceId": "cms.cnn.com/_components/article/instances/cld"
                        + rand_id(rng, 16),
                        "videos": state_blob(rng, "en", base, d, 15),
                    }
                )
                + ";</script>",
                gpt(rng, "8663477", "CNN/weather", 10),
            ]
        ),
    )
    body = f"""<body class="layout layout-with-rail__body">
<header class="header" data-component-name="header"><nav class="header__nav"><a class="brand-logo" href="{base}">CNN</a>{mega_menu(rng, "en", base, 16, (6, 16), "header__nav-menu")}</nav></header>
<section class="layout__top layout-with-rail__top"><div class="headline headline--has-lowertext"><div class="headline__wrapper"><h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">
      {esc(title)}
    </h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="byline byline--has-lowertext"><div class="byline__names">By <a href="{base}/profiles/ayesha-grant" class="byline__link"><span class="byline__name">Ayesha Grant</span></a> and <a href="{base}/profiles/lena-ortiz" class="byline__link"><span class="byline__name">Lena Ortiz</span></a>, CNN</div></div>
<div class="timestamp vossi-timestamp" data-editable="settings">
      Updated
        5:22 PM EST, Fri February 3, 2023
    </div></div>{share_bar("en", url, title, "social-share")}</div></div></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main layout-with-rail__main"><main class="article__main">
<div class="image__lede article__lede-wrapper"><div class="image"><picture><img src="{img}" alt="ice storm"></picture><div class="image__metadata"><div class="image__caption"><span>A utility crew works to restore power in Austin, Texas, on February 3, 2023.</span></div><figcaption class="image__credit">Suzanne Cordeiro/AFP/Getty Images</figcaption></div></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
{body_html}
</div></div>
</main></section>
<section class="layout__right layout-with-rail__right"><div class="zone"><h2 class="container__title">Most read</h2>{link_list(rng, "en", base, d, 10, "container__field-links", style="plain")}</div><div class="zone"><h2 class="container__title">Paid Partner Content</h2>{link_list(rng, "en", "https://partners.example-ads.com", d, 6, "container__field-links", style="plain", with_img=True)}</div></section></section>
{footer(rng, "en", base, "Cable News Network. A Warner Bros. Discovery Company", 2023, 6, "footer")}
{vendor_js(rng, 90)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


@page
def nyt_harbor_line():
    name = "nyt_harbor_line"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    og = "Federal Government Agrees to Fund Harbor Line Rail Project"
    d = when("2021-10-06T09:05:12-04:00")
    base = "https://www.nytimes.com"
    url = f"{base}/2021/10/06/nyregion/harbor-line-rail-federal-funding.html"
    img = "https://static01.nyt.com/images/2021/10/06/nyregion/06harbor-line/06harbor-line-facebookJumbo.jpg"
    columns, col = [], []
    for i, x in enumerate(items):
        col.append(f'<p class="css-at9mc1 evys1bk0">{h(x)}</p>')
        if i in (2, 5) or i == len(items) - 1:
            columns.append(col)
            col = []
    parts = []
    for n, col in enumerate(columns):
        parts.append(
            f'<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-{n}"><div class="css-53u6y8">{"".join(col)}</div></div>'
        )
        if n < len(columns) - 1:
            parts.append(
                f'<div class="css-1cc6yic"><div id="story-ad-{n + 1}-wrapper" class="css-1aiwbz8"><div id="story-ad-{n + 1}-slug" class="ad-slug"><p class="css-1xnk8ll">Advertisement</p></div><div class="ad story-ad-{n + 1}-wrapper"><div id="story-ad-{n + 1}" class="place-ad" data-position="mid{n + 1}" data-size-key="story"></div></div></div><a href="#after-story-ad-{n + 1}" class="css-1595ejs">SKIP ADVERTISEMENT</a><div id="after-story-ad-{n + 1}" class="css-1a48zt4"></div></div>'
            )
        if n == 0:
            parts.append(
                '<div class="css-79elbk" data-testid="photoviewer-wrapper"><figure class="img-sz-medium css-1jb0vgz e1g7ppur0" aria-label="media" role="group"><div class="css-1xdhyk6 erfvjey0"><picture><img alt="" class="css-rq4mmj" src="https://static01.nyt.com/images/2021/10/06/nyregion/06harbor-line-02/merlin_1950_superJumbo.jpg"></picture></div><figcaption class="css-jevhma e1maroi10"><span class="css-8obtvn e13ogyst0">Denise Caldwell has attended more than 40 public meetings about the project since the 1990s.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit...</span><span>Gabriel Ruiz for The New York Times</span></span></figcaption></figure></div>'
            )
    preloaded = {
        "initialData": {
            "data": {
                "article": {
                    "__typename": "Article",
                    "id": "QXJ0aWNsZTpueXQ6Ly9hcnRpY2xlLz" + rand_id(rng, 20),
                    "headline": {"default": title, "seo": og},
                    "summary": "Federal officials agreed to cover most of the $3.2 billion cost of a line that residents were first promised in the 1990s.",
                    "firstPublished": "2021-10-06T13:05:12.000Z",
                    "lastModified": "2021-10-06T21:40:02.000Z",
                    "sprinkledBody": {
                        "content": [
                            {
                                "__typename": "ParagraphBlock",
                                "content": [{"__typename": "TextInline", "text": t(x)}],
                            }
                            for x in items
                        ]
                    },
                    "bylines": [{"renderedRepresentation": "By Renata Alvarez"}],
                }
            }
        },
        "config": {
            "gqlUrlClient": "https://samizdat-graphql.nytimes.com/graphql/v2",
            "abraUrl": "https://a1.nyt.com/abra-config/current/vi-prd.json",
        },
        "ssrQuery": {"mostPopular": state_blob(rng, "en", base, d, 20)},
    }
    head = head_common(
        f"{title} - The New York Times",
        "Federal officials agreed to cover most of the $3.2 billion cost of a line that residents were first promised in the 1990s.",
        url,
        img,
        og_title=og,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2021-10-06T13:05:12.000Z">',
                '<meta property="article:modified_time" content="2021-10-06T21:40:02.000Z">',
                '<meta property="article:section" content="New York">',
                '<meta name="byl" content="By Renata Alvarez">',
                '<meta name="pdate" content="20211006">',
                json_ld(
                    {
                        "@context": "https://schema.org",
                        "@type": "NewsArticle",
                        "description": "Federal officials agreed to cover most of the $3.2 billion cost.",
                        "image": [
                            {
                                "@context": "https://schema.org",
                                "@type": "ImageObject",
                                "url": img,
                                "height": 1050,
                                "width": 1050,
                            }
                        ],
                        "mainEntityOfPage": url,
                        "url": url,
                        "inLanguage": "en",
                        "author": [
                            {
                                "@context": "https://schema.org",
                                "@type": "Person",
                                "url": f"{base}/by/renata-alvarez",
                                "name": "Renata Alvarez",
                            }
                        ],
                        "dateModified": "2021-10-06T17:40:02.000Z",
                        "datePublished": "2021-10-06T09:05:12.000Z",
                        "headline": og,
                        "alternativeHeadline": title,
                        "publisher": {"@id": "https://www.nytimes.com/#publisher"},
                        "hasPart": {
                            "@type": "WebPageElement",
                            "isAccessibleForFree": False,
                            "cssSelector": ".meteredContent",
                        },
                        "isAccessibleForFree": False,
                        "isPartOf": {
                            "@type": ["CreativeWork", "Product"],
                            "name": "The New York Times",
                            "productID": "nytimes.com:basic",
                        },
                    }
                ),
                "<style>" + css(rng, 600, "css") + "</style>",
            ]
        ),
    )
    body = f"""<body>
<div id="app"><div><div class="NYTAppHideMasthead css-1q2w90k e1m0pzr40"><header class="css-ahe4g0 e1m0pzr41"><a href="{base}" data-testid="masthead-mobile-logo">The New York Times</a><a href="https://myaccount.nytimes.com/auth/login">Log in</a></header>{mega_menu(rng, "en", base, 14, (8, 18), "css-1d8a290")}</div>
<main id="site-content"><div><article id="story" class="css-1vxca1d e1lmdhsb0"><header class="css-1vkm6nb ehdk2mb0">
<div class="css-1dv1kvn" id="sponsor-wrapper"><div id="top-wrapper" class="css-1sy8kpn"><div id="top-slug" class="css-l9onyx"><p>Advertisement</p></div><a href="#after-top" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div></div>
<div class="css-1dv1kvn"><span class="css-1xqwwb9"><a href="{base}/section/nyregion">New York</a></span></div>
<h1 data-testid="headline" class="css-88wicj e1h9rw200">{esc(title)}</h1>
<p id="article-summary" class="css-79rysd e1wiw3jv0">Federal officials agreed to cover most of the $3.2 billion cost of a line that residents were first promised in the 1990s.</p>
<div class="css-1vfzogt"><div class="css-233int e1j3jvdr0"><p class="css-aknsld e1jsehar1"><span class="css-1baulvz last-byline">By <a href="{base}/by/renata-alvarez" class="css-n8ff4n">Renata Alvarez</a></span></p></div><div class="css-12mxm3y"><time class="css-129k401 e16638kd0" datetime="2021-10-06T09:05:12-04:00"><span>Oct. 6, 2021</span></time></div></div>
{share_bar("en", url, title, "css-1pthoua")}
</header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
{chr(10).join(parts)}
</section>
<div class="bottom-of-article"><div class="css-1ubp8k9"><p class="css-1mxdnby">A version of this article appears in print on Oct. 7, 2021, Section A, Page 21 of the New York edition with the headline: East Side Rail Line Wins Federal Money. <a href="https://www.parsintl.com/publication/the-new-york-times/">Order Reprints</a> | <a href="https://www.nytimes.com/section/todayspaper">Today\u2019s Paper</a> | <a href="https://www.nytimes.com/subscriptions/Multiproduct/lp8HYKU.html">Subscribe</a></p></div></div>
</article></div>
<div class="css-1bvtpon"><h2>More in New York</h2>{link_list(rng, "en", base, d, 8, "css-11jjg", style="plain", with_img=True)}</div>
<div class="css-trending"><h2>Trending in The Times</h2>{link_list(rng, "en", base, d, 10, "css-1iski2w", style="plain")}</div>
</main>
{footer(rng, "en", base, "The New York Times Company", 2021, 6, "css-1lvvmm")}
</div></div>
<script>window.__preloadedData = {json.dumps(preloaded, ensure_ascii=False)};</script>
{vendor_js(rng, 120)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


@page
def aljazeera_mombasa():
    name = "aljazeera_mombasa"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-06-28T11:32:11+03:00")
    base = "https://www.aljazeera.com"
    url = f"{base}/news/2023/6/28/{slug(title)}"
    img = f"{base}/wp-content/uploads/2023/06/mombasa-port.jpg?resize=1920%2C1080"
    rec = headlines(rng, "en", 4)
    more_on = (
        '<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><ul class="more-on__list">'
        + "".join(
            f'<li class="more-on__item"><span class="screen-reader-text">list {i + 1} of 4</span><a class="more-on__link" href="{base}/news/2023/6/{rng.randint(1, 27)}/{slug(x)}"><span>{esc(x)}</span></a></li>'
            for i, x in enumerate(rec)
        )
        + '<li class="screen-reader-text">end of list</li></ul></div>'
    )
    ad = '<div class="container--ads container--ads-mpu-1"><div class="ads-label">Advertisement</div><div id="dfp-ad-mpu1" class="ads"></div></div>'
    inserts = {0: more_on, 3: ad}
    body_html = render(items, lambda s: f"<p>{s}</p>", inserts=inserts)
    head = head_common(
        f"{title} | Labour Rights News | Al Jazeera",
        "Dockworkers demand higher pay as ships queue offshore and goods for landlocked neighbours are delayed.",
        url,
        img,
        extra="\n".join(
            [
                '<meta name="pageType" content="Article">',
                '<meta name="postLabel" content="News">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2023-06-28T11:32:11",
                    "2023-06-28T11:32:11",
                    "Al Jazeera Staff",
                    "Al Jazeera",
                    f"{base}/images/logo_aje.png",
                    "Dockworkers demand higher pay as ships queue offshore.",
                ),
                "<style>" + css(rng, 450, "css") + "</style>",
                "<script>window.__APOLLO_STATE__="
                + json.dumps(
                    {
                        "ROOT_QUERY": {
                            'article({"name":"' + slug(title) + '"})': {"__ref": "Post:2134921"},
                            "trending": state_blob(rng, "en", base, d, 20),
                        },
                        "Post:2134921": {
                            "id": "2134921",
                            "title": title,
                            "date": "2023-06-28T11:32:11",
                            "excerpt": "Dockworkers demand higher pay.",
                            "content": "".join(f"<p>{h(x)}</p>" for x in items),
                        },
                    },
                    ensure_ascii=False,
                )
                + ";</script>",
                gpt(rng, "116148719", "aje/news", 8),
            ]
        ),
    )
    body = f"""<body>
<div id="root"><div class="site-header-container"><header class="site-header"><a class="site-logo" href="{base}">Al Jazeera</a></header>{mega_menu(rng, "en", base, 12, (6, 14), "menu")}</div>
<div class="container container--ads container--ads-leaderboard-top"><div class="ads-label">Advertisement</div></div>
<main id="main-content-area" class="article-main"><div class="article-header"><div class="article-info-block css-ti04u9"><div class="topics"><a href="{base}/news/">News</a><span>|</span><a href="{base}/tag/labour-rights/">Labour Rights</a></div></div>
<header class="article-header"><h1>{esc(title)}</h1><p class="article__subhead css-1wt8oh6"><em>Dockworkers demand higher pay as ships queue offshore and goods for landlocked neighbours are delayed.</em></p></header></div>
<div class="article-b-l"><div class="article-author-name"><span>By <a href="{base}/author/james-mwangi">James Mwangi</a></span></div><div class="article-dates"><div class="date-simple css-1yjq2zp"><span class="screen-reader-text">Published On 28 Jun 2023</span><span aria-hidden="true">28 Jun 2023</span></div></div></div>
<figure class="article-featured-image"><div class="responsive-image"><img src="{img}" alt="Mombasa port"></div><figcaption class="article-featured-image--caption">Containers stacked at the port of Mombasa, Kenya [File: Daniel Irungu/EPA]</figcaption></figure>
{share_bar("en", url, title, "article-share")}
<div class="wysiwyg wysiwyg--all-content css-ibbk12" aria-live="polite" aria-atomic="true">
{body_html}
</div>
<div class="article-source">SOURCE: AL JAZEERA</div>
<div class="article-tags">{"".join(f'<a href="{base}/tag/{slug(x)}/">{esc(x)}</a>' for x in ["Labour Rights", "Kenya", "Africa", "Economy"])}</div>
</main>
<aside class="most-read-container"><h2>Most Read</h2>{link_list(rng, "en", base, d, 6, "most-read", style="plain")}</aside>
<section class="more-stories"><h2>More from News</h2>{link_list(rng, "en", base, d, 10, "more-stories", style="plain", with_img=True)}</section>
{footer(rng, "en", base, "Al Jazeera Media Network", 2023, 5, "footer")}
</div>
{vendor_js(rng, 80)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items, date_only=True)


@page
def blox_school_week():
    name = "blox_school_week"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-09-16T18:45:00-05:00")
    base = "https://www.pineridgeherald.com"
    uuid = (
        "7e2f"
        + rand_id(rng, 4, "0123456789abcdef")
        + "-35aa-11ed-9c41-"
        + rand_id(rng, 12, "0123456789abcdef")
    )
    url = f"{base}/news/local/{slug(title)}/article_{uuid}.html"
    img = f"https://bloximages.chicago2.vip.townnews.com/pineridgeherald.com/content/tncms/assets/v3/editorial/{uuid[:1]}/{uuid[1:3]}/{uuid}/6324e7a1b2c3d.image.jpg?resize=1200%2C800"
    tnt = {
        "asset": {
            "uuid": uuid,
            "type": "article",
            "title": title,
            "starttime": "2022-09-16T18:45:00-05:00",
            "section": "news/local",
            "keywords": ["schools", "four-day week", "board of education"],
            "author": "Jake Holm",
            "paywall": {"premium": True, "meter": 5},
        },
        "site": {
            "domain": "pineridgeherald.com",
            "name": "Pine Ridge Herald",
            "tz": "America/Chicago",
        },
        "nav": [{"title": x, "url": f"{base}/{slug(x)}/"} for x in TOPICS["en"]],
    }
    ad = '<div class="tnt-ads-container hidden-print" id="tncms-region-article_instory_{n}"><div class="tnt-ads advertisement"><div class="ad-label">Advertisement</div><div id="tncms-block-{r}" class="tncms-block"><div class="dfp-ad" data-ad-unit="pineridgeherald/news/local" data-pos="instory{n}"></div></div></div></div>'
    signup = '<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tncms-block"><div class="card panel panel-default tnt-email-signup"><div class="card-header"><h3 class="card-title">Get local news delivered to your inbox!</h3></div><div class="card-body"><p>Subscribe to our Daily Headlines newsletter.</p><form class="tnt-newsletter-form"><input type="email" class="form-control" placeholder="Email"><button class="btn btn-primary">Sign up!</button></form></div></div></div></div>'
    pre = [f"<p>{h(x)}</p>" for x in items[:2]]
    rest = []
    for i, x in enumerate(items[2:], start=2):
        rest.append(f"<p>{h(x)}</p>")
        if i == 3:
            rest.append(ad.format(n=1, r=rand_id(rng, 8)))
        if i == 5:
            rest.append(ad.format(n=2, r=rand_id(rng, 8)))
    body_html = (
        '<div class="subscriber-preview">'
        + "".join(pre)
        + "</div>"
        + signup
        + '<div class="subscriber-only encrypted-content" style="display:block">'
        + "".join(rest)
        + "</div>"
    )
    head = head_common(
        f"{title} | Local News | pineridgeherald.com",
        lede(items),
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2022-09-16T18:45:00-05:00">',
                '<meta property="article:modified_time" content="2022-09-17T08:10:22-05:00">',
                '<meta property="article:section" content="Local News">',
                '<meta name="author" content="Jake Holm">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-09-16T18:45:00-05:00",
                    "2022-09-17T08:10:22-05:00",
                    "Jake Holm",
                    "Pine Ridge Herald",
                    f"{base}/content/tncms/site/logo.png",
                    lede(items),
                    isAccessibleForFree="False",
                    hasPart={
                        "@type": "WebPageElement",
                        "isAccessibleForFree": "False",
                        "cssSelector": ".subscriber-only",
                    },
                ),
                "<script>var __tnt = "
                + json.dumps(tnt)
                + ";window.TNCMS = window.TNCMS || {}; TNCMS.AdManager = {slots: []};</script>",
                "<style>" + css(rng, 520, "tnt") + "</style>",
                gpt(rng, "132916964", "pineridgeherald", 10),
            ]
        ),
    )
    body = f"""<body class="fixed-header asset-article">
<div id="site-container"><header class="fixed-nav-container"><div id="site-top-nav-container"><a class="navbar-brand" href="{base}/"><img src="{base}/content/tncms/site/logo.png" alt="Pine Ridge Herald"></a><a class="tnt-user-signin" href="{base}/users/login/">Log In</a><a class="btn btn-primary" href="{base}/users/admin/subscription/">Subscribe</a></div>{mega_menu(rng, "en", base, 14, (10, 24), "navbar-nav")}</header>
<div id="main-page-container"><section id="section-main" class="container"><div class="row"><div class="col-md-8 main-content">
<ol class="breadcrumb"><li><a href="{base}/">Home</a></li><li><a href="{base}/news/">News</a></li><li><a href="{base}/news/local/">Local News</a></li></ol>
<div class="asset-masthead"><h1 class="headline"><span class="tnt-asset-link">{esc(title)}</span></h1><h2 class="subhead"><span>Parents split over cost of Friday child care</span></h2></div>
<div class="meta"><span class="tnt-byline">By <a href="{base}/users/profile/jholm">Jake Holm</a> Staff Writer</span><ul class="list-inline"><li><time datetime="2022-09-16T18:45:00-05:00" class="tnt-date asset-date text-muted">Sep 16, 2022</time></li></ul></div>
{share_bar("en", url, title, "share-container")}
<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image"><img src="{img}" alt="School board meeting"></div><figcaption class="caption"><div class="caption-text"><p>Parents fill the Pine Ridge High School library during Thursday's school board meeting.</p></div><span class="tnt-byline">Jake Holm, Herald</span></figcaption></figure></div>
<div class="asset-content  subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-content">
{body_html}
</div></div>
<div class="subscription-required hidden"><div class="subscriber-offers"><p>Thank you for reading! Please log in, or sign up for a new account and purchase a subscription to continue reading.</p><p>Already a subscriber? <a href="{base}/users/login/">Log in</a></p></div></div>
<div class="card author-card"><div class="card-body"><h5>Jake Holm</h5><p>Jake Holm covers schools and county government for the Herald. Reach him at 555-0142 or jholm@pineridgeherald.com.</p></div></div>
<div class="asset-tags"><span class="tnt-tags">{"".join(f'<a href="{base}/search/?t={slug(x)}">{esc(x)}</a>' for x in ["Pine Ridge School District", "Education", "School Board"])}</span></div>
</div><aside class="col-md-4"><div class="card"><h3>Most Popular</h3>{link_list(rng, "en", base, d, 10, "tnt-headline-list", style="plain")}</div><div class="card"><h3>Latest e-Edition</h3><p>Read today's Pine Ridge Herald e-Edition.</p></div><div class="card"><h3>Obituaries</h3>{link_list(rng, "en", base, d, 8, "obits", style="plain")}</div></aside></div></section></div>
{footer(rng, "en", base, "Pine Ridge Herald", 2022, 5, "site-footer")}
</div>
{analytics_misc(rng, "pineridgeherald.com")}
{vendor_js(rng, 60)}
</body>"""
    return name, page_shell("en-US", head, body), expected(name, title, d, items)


@page
def substack_water_rates():
    name = "substack_water_rates"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2024-03-10T13:02:11+00:00")
    base = "https://localledger.substack.com"
    url = f"{base}/p/{slug(title)}"
    img = "https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fa1b2.jpeg"
    widget = '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://localledger.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Local Ledger! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email\u2026" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'
    figure = '<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto/hearing.jpeg"><div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/hearing.jpeg" width="1456" height="971" alt="" loading="lazy"></picture><div class="image-link-expand"></div></div></a><figcaption class="image-caption">The hearing room at the county utility commission on Tuesday night.</figcaption></figure></div>'
    inserts = {1: figure, 4: widget}
    body_html = render(
        items,
        lambda s: f"<p>{s}</p>",
        h2=lambda s: (
            f'<h2 class="header-anchor-post">{s}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div class="pencraft pc-reset header-anchor offset-top"><svg width="18" height="18"></svg></div></div></div></h2>'
        ),
        inserts=inserts,
    )
    post = {
        "id": 142199822,
        "title": title,
        "subtitle": "A small utility\u2019s rate case is a preview of what\u2019s coming for everyone",
        "slug": slug(title),
        "post_date": "2024-03-10T13:02:11.000Z",
        "audience": "everyone",
        "canonical_url": url,
        "body_html": "".join(
            f"<p>{h(x)}</p>" if isinstance(x, str) else f"<h2>{h(x[1])}</h2>" for x in items
        ),
        "reactions": {"\u2764": 214},
        "comment_count": 3,
        "publishedBylines": [
            {
                "name": "Dana Whitfield",
                "handle": "danawhitfield",
                "bio": "Reporter covering local infrastructure and the money behind it.",
            }
        ],
    }
    preloads = {
        "isEU": False,
        "language": "en",
        "base_url": base,
        "pub": {
            "name": "The Local Ledger",
            "subdomain": "localledger",
            "author_name": "Dana Whitfield",
            "hero_text": "Local infrastructure, explained.",
        },
        "post": post,
        "recentPosts": state_blob(rng, "en", base, d, 25),
        "features": {
            k: rng.random() < 0.5
            for k in [
                "reader_app_upsell",
                "live_stream",
                "paywall_v2",
                "chat",
                "notes_enabled",
                "recommendations",
            ]
        },
    }
    comments = "".join(
        f'<div class="comment" id="comment-{rng.randint(10**7, 10**8)}"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/@{slug(who)}">{esc(who)}</a></span><a class="comment-timestamp" href="#">{when_}</a></div><div class="comment-body"><p>{esc(txt)}</p></div><div class="comment-actions"><a>Like</a><a>Reply</a></div></div></div>'
        for who, when_, txt in [
            (
                "Marta Klein",
                "Mar 10",
                "Our district went through the same thing in 2019. The rate increase passed, but only after they cut the timeline in half.",
            ),
            (
                "R. Okafor",
                "Mar 11",
                "Great piece. Do you know if the low-income discount would cover renters whose water is included in rent?",
            ),
            (
                "Sam Tully",
                "Mar 12",
                "The paperwork point is so underrated. Small systems just do not have grant writers.",
            ),
        ]
    )
    head = "\n".join(
        [
            f"<title>{esc(title)} - by Dana Whitfield</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">',
            f'<meta property="og:title" content="{attr(title)}">',
            '<meta property="og:description" content="A small utility&#8217;s rate case is a preview of what&#8217;s coming for everyone">',
            f'<meta property="og:image" content="{img}">',
            '<meta property="og:type" content="article">',
            f'<link rel="canonical" href="{url}">',
            '<meta name="author" content="Dana Whitfield">',
            json_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "url": url,
                    "mainEntityOfPage": url,
                    "headline": title,
                    "description": "A small utility\u2019s rate case is a preview of what\u2019s coming for everyone",
                    "image": [{"@type": "ImageObject", "url": img}],
                    "datePublished": "2024-03-10T13:02:11+00:00",
                    "dateModified": "2024-03-10T13:02:11+00:00",
                    "isAccessibleForFree": True,
                    "author": [
                        {
                            "@type": "Person",
                            "name": "Dana Whitfield",
                            "url": "https://substack.com/@danawhitfield",
                        }
                    ],
                    "publisher": {"@type": "Organization", "name": "The Local Ledger", "url": base},
                }
            ),
            "<style>" + css(rng, 540, "pencraft") + "</style>",
        ]
    )
    body = f"""<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar"><a href="{base}" class="navbar-title-link">The Local Ledger</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button" href="https://substack.com/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw">{esc(title)}</h1><h3 class="subtitle subtitle-HEEcLo">A small utility\u2019s rate case is a preview of what\u2019s coming for everyone</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-ui-EgzBVA size-13-hZTUKr weight-medium-fw81nC reset-IxiVJZ profile-hover-card-target"><a href="https://substack.com/@danawhitfield">Dana Whitfield</a></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 10, 2024</div></div></div></div>
<div class="post-ufi"><div class="like-button-container"><a class="post-ufi-button"><span class="label">214</span></a></div><a class="post-ufi-button post-ufi-comment-button"><span class="label">3</span></a><a class="post-ufi-button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{body_html}
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button">214 Likes</a><a class="post-ufi-button">Share</a></div><div class="subscribe-footer"><p>Thanks for reading The Local Ledger! This post is public so feel free to share it.</p><a class="button primary" href="{base}/p/{slug(title)}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share">Share</a></div></div>
</article>
<div class="comments-section"><h4>Discussion about this post</h4><div class="comments-page">{comments}</div></div>
<div class="post-recommendations"><h4>Ready for more?</h4>{link_list(rng, "en", base, d, 6, "portable-archive-list", style="plain")}</div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">&copy; 2024 Dana Whitfield</div><a href="https://substack.com/privacy">Privacy</a> &#8729; <a href="https://substack.com/tos">Terms</a> &#8729; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a><div class="footer-substack-cta"><a href="https://substack.com/signup">Start Writing</a><a href="https://substack.com/app">Get the app</a></div><p class="footer-text">Substack is the home for great culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse({json.dumps(json.dumps(preloads, ensure_ascii=False), ensure_ascii=False)})</script>
{vendor_js(rng, 100)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


@page
def medium_queue_migration():
    name = "medium_queue_migration"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2021-05-19T16:48:31+00:00")
    base = "https://medium.com/back-of-the-queue"
    pid = rand_id(rng, 12, "0123456789abcdef")
    url = f"{base}/{slug(title)}-{pid}"
    img = f"https://miro.medium.com/v2/resize:fit:1200/1*{rand_id(rng, 22)}.jpeg"
    cls = lambda: " ".join(rand_id(rng, 2, "abcdefghijklmnopqrstuvwxyz") for _ in range(14))  # noqa: E731
    out = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            out.append(
                f'<p id="{rand_id(rng, 4, "0123456789abcdef")}" class="pw-post-body-paragraph {cls()}" data-selectable-paragraph="">{h(item)}</p>'
            )
        elif item[0] == "h2":
            out.append(
                f'<h2 id="{rand_id(rng, 4, "0123456789abcdef")}" class="{cls()}" data-selectable-paragraph="">{h(item[1])}</h2>'
            )
        else:
            out.append(
                '<ul class="">'
                + "".join(
                    f'<li id="{rand_id(rng, 4, "0123456789abcdef")}" class="{cls()} nm nn no bj" data-selectable-paragraph="">{h(x)}</li>'
                    for x in item[1]
                )
                + "</ul>"
            )
        if i == 1:
            out.append(
                f'<figure class="{cls()}"><div role="button" tabindex="0" class="ns nt ed nu bg nv"><div class="mj mk nr"><picture><img alt="" class="bg md nw c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*{rand_id(rng, 22)}.jpeg"></picture></div></div><figcaption class="nx fe ny mj mk nz oa be b bf z dt" data-selectable-paragraph="">Photo by Anton Varga on Unsplash</figcaption></figure>'
            )
    apollo = {
        "ROOT_QUERY": {"viewer": None, f'postResult({{"id":"{pid}"}})': {"__ref": f"Post:{pid}"}},
        f"Post:{pid}": {
            "__typename": "Post",
            "id": pid,
            "title": title,
            "firstPublishedAt": 1621442911000,
            "latestPublishedAt": 1621443512000,
            "readingTime": 6.2,
            "clapCount": 1843,
            'content({"postMeteringOptions":{}})': {
                "bodyModel": {
                    "paragraphs": [{"__ref": f"Paragraph:{pid}_{n}"} for n in range(len(items))]
                }
            },
        },
        **{
            f"Paragraph:{pid}_{n}": {
                "__typename": "Paragraph",
                "type": "P" if isinstance(x, str) else x[0].upper(),
                "text": t(x)
                if isinstance(x, str)
                else (t(x[1]) if x[0] == "h2" else "\n".join(t(y) for y in x[1])),
            }
            for n, x in enumerate(items)
        },
        "recommended": state_blob(rng, "en", "https://medium.com", d, 30),
    }
    recs = "".join(
        f'<div class="{cls()}"><article><div><a href="https://medium.com/@{rand_id(rng, 8)}/{slug(x)}-{rand_id(rng, 12, "0123456789abcdef")}"><h2 class="be kp lt lu lv lw lx">{esc(x)}</h2><div class="h k"><p class="be b ff z ly">{esc(headline(rng, "en"))}. A look at what changed and why it matters for teams of every size.</p></div></a><div class="ab q"><span>{rng.randint(3, 14)} min read</span><span>\u00b7</span><span>{EN_MONTHS[rng.randint(0, 11)][:3]} {rng.randint(1, 28)}, 2021</span></div></div></article></div>'
        for x in headlines(rng, "en", 8)
    )
    head = head_common(
        f"{title} | by Priya Natarajan | Back of the Queue | Medium",
        "Last year our team moved the order pipeline of a ten-year-old Rails application onto a set of queue workers.",
        url,
        img,
        og_title=title,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2021-05-19T16:48:31.904Z">',
                '<meta name="author" content="Priya Natarajan">',
                '<meta property="article:author" content="https://medium.com/@priyanatarajan">',
                '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="6 min read">',
                json_ld(
                    {
                        "@context": "http://schema.org",
                        "@type": "NewsArticle",
                        "image": [img],
                        "url": url,
                        "dateCreated": "2021-05-19T16:48:31.904Z",
                        "datePublished": "2021-05-19T16:48:31.904Z",
                        "dateModified": "2021-05-19T17:00:12.511Z",
                        "headline": title,
                        "name": title,
                        "description": "Last year our team moved the order pipeline...",
                        "identifier": pid,
                        "author": {
                            "@type": "Person",
                            "name": "Priya Natarajan",
                            "url": "https://medium.com/@priyanatarajan",
                        },
                        "creator": ["Priya Natarajan"],
                        "publisher": {
                            "@type": "Organization",
                            "name": "Back of the Queue",
                            "url": base,
                        },
                        "mainEntityOfPage": url,
                        "isAccessibleForFree": True,
                    }
                ),
                "<style>" + css(rng, 700, "m") + "</style>",
            ]
        ),
    )
    body = f"""<body>
<div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z"><a href="https://medium.com/" aria-label="Homepage" data-testid="headerMediumLogo">Medium</a><div class="ab q"><a href="https://medium.com/new-story">Write</a><a href="https://medium.com/m/signin">Sign in</a></div></div></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="fh fi fj fk fl"><div class="ab ca"><div class="ch bg fm fn fo fp">
<div><h1 id="{rand_id(rng, 4, "0123456789abcdef")}" class="pw-post-title {cls()}" data-testid="storyTitle" data-selectable-paragraph="">{esc(title)}</h1></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ik il im in io ab"><div><div class="bm" aria-hidden="false"><a href="https://medium.com/@priyanatarajan"><div class="l fj"><img alt="Priya Natarajan" class="l fd by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*{rand_id(rng, 22)}.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="iq ab q"><div class="ab q ir"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar it" data-testid="authorName" href="https://medium.com/@priyanatarajan">Priya Natarajan</a></div></div></div><span class="iu iv" aria-hidden="true"><span class="be b bf z dt">\u00b7</span></span><p class="be b bf z dt"><button class="iw ix">Follow</button></p></div></div></span></div></div><div class="l ja"><span class="be b bf z dt"><div class="ab cn jb jc jd"><div class="je jf ab"><div class="be b bf z dt ab jg"><span class="jh l ja">Published in</span><div><div class="l ji"><a class="af ag ah" data-testid="publicationName" href="{base}"><p class="be b bf z jj jk jl jm jn jo jp jq bj">Back of the Queue</p></a></div></div></div><div class="h k"><span class="iu iv" aria-hidden="true">\u00b7</span></div></div><span class="be b bf z dt"><div class="ab ae"><span data-testid="storyReadTime">6 min read</span><div class="jr js l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dt">\u00b7</span></span></div><span data-testid="storyPublishDate">May 19, 2021</span></div></span></div></span></div></div></div>
<div class="ab co jt ju jv jw jx jy jz ka kb kc kd ke kf kg kh ki"><div class="h k w ea eb q"><div class="kz l"><div class="ab q la lb"><div class="pw-multi-vote-icon ed jh lc ld le"><span>1.8K</span></div></div></div><div><button class="af fi ah ai aj ak al lq an ao ap ex lr ls lf lt">Listen</button></div><div><button class="af fi ah">Share</button></div></div></div></div></div>
{chr(10).join(out)}
</div></div></div></section></div></div></div></article></div>
<div class="l ae"><div class="ab ca"><div class="ch bg fm fn fo fp"><div class="ab cn"><span>1.8K</span><span>31</span></div><div class="pl pm pn po pp l"><div class="ab cp"><h2 class="be ut uu uv uw ux uy">Written by Priya Natarajan</h2><div class="vd l"><p class="be b bf z bj">1.2K Followers</p></div><p class="be b bf z bj">Staff engineer. I write about the unglamorous parts of keeping software running.</p><button>Follow</button></div></div>
<div class="l"><h2 class="be ut uu">More from Priya Natarajan and Back of the Queue</h2>{recs}</div>
<div class="l"><h2 class="be ut uu">Recommended from Medium</h2>{link_list(rng, "en", "https://medium.com", d, 12, "rec-list", style="plain", with_img=True)}</div></div></div></div>
<div class="footer"><a href="https://help.medium.com">Help</a><a href="https://medium.statuspage.io">Status</a><a href="https://medium.com/about">About</a><a href="https://medium.com/jobs-at-medium">Careers</a><a href="https://blog.medium.com">Blog</a><a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a><a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a><a href="https://speechify.com/medium">Text to speech</a><a href="https://medium.com/business">Teams</a></div>
</div></div>
<script>window.__BUILD_ID__="main-20210518-183210-{rand_id(rng, 10)}";window.__GRAPHQL_URI__ = "https://medium.com/_/graphql";window.__PRELOADED_STATE__ = {{"config":{{"nodeEnv":"production","version":"main-20210518","isTaggedVersion":true}},"navigation":{{"branch":{{"show":null,"hasRendered":null}}}}}};window.__APOLLO_STATE__ = {json.dumps(apollo, ensure_ascii=False)}</script>
{vendor_js(rng, 90)}
</body>"""
    return (
        name,
        page_shell("en", head, body),
        expected(name, title, d, items, at="2021-05-19T16:48:31Z"),
    )


@page
def dw_en_charging():
    name = "dw_en_charging"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-04-05T10:20:00+00:00")
    base = "https://www.dw.com"
    url = f"{base}/en/{slug(title)}/a-65212345"
    img = "https://static.dw.com/image/65212346_605.jpg"
    fig = '<figure class="placeholder-image big"><div class="image-wrapper"><img src="https://static.dw.com/image/65212347_804.jpg" alt="Fast chargers" loading="lazy"></div><figcaption><span class="description">Fast chargers at a motorway service area near Kassel</span><span class="credit">Image: Lena Hartmann/dpa/picture alliance</span></figcaption></figure>'
    explore = f'<div class="related-content"><a class="skip-link" href="#after-related-1">Skip next section</a><h2 class="related-title">Explore more</h2><div class="teaser"><a href="{base}/en/a-64998201"><h3>German carmakers bet on electric future despite slow sales</h3><p>Manufacturers are investing billions in new battery plants.</p></a></div><div id="after-related-1"></div></div>'
    inserts = {1: fig, 4: explore}
    body_html = render(items, lambda s: f"<p>{s}</p>", inserts=inserts)
    body_html += "\n<p><em>Edited by: Mara Lindholm</em></p>"
    apollo = {
        "ROOT_QUERY": {'content({"id":65212345,"lang":"ENGLISH"})': {"__ref": "Article:65212345"}},
        "Article:65212345": {
            "id": 65212345,
            "title": title,
            "teaser": "Germany added more than 20,000 public chargers last year. But the expansion has been uneven.",
            "contentDate": "2023-04-05T10:20:00.000Z",
            "text": "".join(
                f"<p>{h(x)}</p>" if isinstance(x, str) else f"<h2>{h(x[1])}</h2>" for x in items
            ),
            "mainImage": {"url": img},
            "persons": [{"fullName": "Kai Brenner"}],
        },
        "navigation": [{"name": x, "url": f"{base}/en/{slug(x)}"} for x in TOPICS["en"]],
        "related": state_blob(rng, "en", base, d, 20),
    }
    head = head_common(
        f"{title} \u2013 DW \u2013 04/05/2023",
        "Germany added more than 20,000 public chargers last year. But the expansion has been uneven.",
        url,
        img,
        extra="\n".join(
            [
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2023-04-05T10:20:00.000Z",
                    "2023-04-05T10:20:00.000Z",
                    "Kai Brenner",
                    "Deutsche Welle",
                    "https://static.dw.com/image/logo.png",
                    "Germany added more than 20,000 public chargers last year.",
                    inLanguage="en",
                ),
                "<style>" + css(rng, 460, "sc") + "</style>",
                "<script>window.__APP_STATE__="
                + json.dumps(apollo, ensure_ascii=False)
                + ";</script>",
            ]
        ),
    )
    body = f"""<body>
<div id="root"><header class="sc-header"><a href="{base}/en/top-stories/s-9097" class="logo">DW</a>{mega_menu(rng, "en", base + "/en", 12, (6, 14), "sc-nav")}</header>
<main><article class="sc-article"><header class="sc-article-header"><span class="kicker"><a href="{base}/en/business/s-1431">Business</a></span>
<h1 class="sc-dHNCCF">{esc(title)}</h1>
<p class="teaser-text sc-dmAGHV">Germany added more than 20,000 public chargers last year. But the expansion has been uneven, and drivers outside big cities still struggle to find a plug.</p>
<div class="author-details"><span class="author">Kai Brenner</span><span class="publication-date">04/05/2023</span><span class="reading-time">4 minutes to read</span></div></header>
{share_bar("en", url, title, "share-buttons")}
<figure class="placeholder-image big"><img src="{img}" alt="EV charging"><figcaption><span class="description">Many rural districts still have very few public charging points</span><span class="credit">Image: Tomas Reiter/dpa/picture alliance</span></figcaption></figure>
<div class="rich-text sc-jSUZER">
{body_html}
</div>
<div class="content-tags"><h3>Skip next section Related topics</h3>{"".join(f'<a href="{base}/en/{slug(x)}/t-{rng.randint(10**7, 10**8)}">{esc(x)}</a>' for x in ["Electric cars", "Germany", "Energy"])}</div>
<div class="related-content-list"><h3>Skip next section Explore more</h3>{link_list(rng, "en", base + "/en", d, 6, "teaser-list", style="id", with_img=True)}</div>
</article></main>
{footer(rng, "en", base, "Deutsche Welle", 2023, 5, "sc-footer")}
</div>
{vendor_js(rng, 80)}
</body>"""
    return name, page_shell("en", head, body), expected(name, title, d, items)


# =========================================================================== German, French, Spanish, Portuguese, Italian, Dutch, Malay, Tagalog


@page
def spiegel_fernwaerme():
    name = "spiegel_fernwaerme"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title, kicker = st["title"], st["kicker"]
    d = when("2022-12-01T17:43:00+01:00")
    base = "https://www.spiegel.de"
    url = f"{base}/wirtschaft/service/fernwaerme-stadtwerke-erhoehen-preise-um-bis-zu-60-prozent-a-{rand_id(rng, 8, '0123456789abcdef')}-{rand_id(rng, 4, '0123456789abcdef')}"
    img = "https://cdn.prod.www.spiegel.de/images/1a2b3c4d-0001-0004-0000-000001234567_w1280_r1.77_fpx50_fpy50.jpg"
    rt = "RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"
    groups = [items[:2], items[2:4], items[4:]]
    blocks = []
    mehr = headlines(rng, "de", 3)
    for n, g in enumerate(groups):
        blocks.append(
            f'<div data-area="text_block" data-pos="{n}"><div class="{rt}">'
            + "".join(f"<p>{h(x)}</p>" for x in g)
            + "</div></div>"
        )
        if n == 0:
            blocks.append(
                '<div data-area="ad_block" class="lg:mx-auto md:mx-auto"><div class="ad-container" data-advertisement="true"><span class="text-shade-dark font-sansUI text-s">Anzeige</span><div id="spon_content_1" class="adslot"></div></div></div>'
            )
        if n == 1:
            blocks.append(
                '<div data-area="related_articles"><section class="lg:w-8/12 md:w-10/12 mx-auto"><h3 class="font-sansUI font-bold text-base">Mehr zum Thema</h3><ul>'
                + "".join(
                    f'<li><a href="{base}/wirtschaft/{slug(x)}-a-{rand_id(rng, 8, "0123456789abcdef")}"><span class="text-primary-base block text-s">{esc(rng.choice(["Energiepreise", "Gaspreisbremse", "Heizkosten"]))}</span><span class="align-middle">{esc(x)}</span></a></li>'
                    for x in mehr
                )
                + "</ul></section></div>"
            )
    blocks.append(
        f'<div data-area="text_block"><div class="{rt}"><p><i>fdi/dpa</i></p></div></div>'
    )
    head = head_common(
        "Fernw\u00e4rme: Stadtwerke verlangen bis zu 60 Prozent mehr - DER SPIEGEL",
        "Viele Fernw\u00e4rmekunden m\u00fcssen 2023 deutlich mehr zahlen.",
        url,
        img,
        og_title=f"{kicker}: {title}",
        extra="\n".join(
            [
                '<meta name="date" content="2022-12-01T17:43:00+01:00">',
                '<meta name="last-modified" content="2022-12-01T18:20:14+01:00">',
                '<meta name="author" content="DER SPIEGEL">',
                ld_article(
                    "NewsArticle",
                    f"{kicker}: {title}",
                    url,
                    img,
                    "2022-12-01T17:43:00+01:00",
                    "2022-12-01T18:20:14+01:00",
                    "DER SPIEGEL",
                    "DER SPIEGEL",
                    f"{base}/public/spon/images/logos/der-spiegel-logo.png",
                    "Viele Fernw\u00e4rmekunden m\u00fcssen 2023 deutlich mehr zahlen.",
                    isAccessibleForFree=True,
                ),
                "<style>" + css(rng, 650, "lg") + "</style>",
                "<script>window.SPIEGEL = window.SPIEGEL || {}; SPIEGEL.article = "
                + json.dumps(
                    {
                        "id": rand_id(rng, 36),
                        "channel": "wirtschaft",
                        "subchannel": "service",
                        "paid": False,
                        "headline": title,
                        "kicker": kicker,
                        "published": "2022-12-01T16:43:00Z",
                        "teasers": state_blob(rng, "de", base, d, 20),
                    },
                    ensure_ascii=False,
                )
                + ";</script>",
                gpt(rng, "6032", "spiegel/wirtschaft", 9),
            ]
        ),
    )
    body = f"""<body class="bg-white dark:bg-black">
{consent("de", "sp-message")}
<header data-area="masthead"><a href="{base}/" title="DER SPIEGEL">DER SPIEGEL</a><a href="https://gruppenkonto.spiegel.de/anmelden.html">Anmelden</a></header>
{mega_menu(rng, "de", base, 16, (8, 18), "nav-main")}
<main id="Inhalt"><article aria-label="{attr(title)}" data-area="article">
<header data-area="intro" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto"><h1 class="font-brandUI font-extrabold lg:text-6xl"><span class="text-primary-base dark:text-dm-primary-base block font-sansUI font-bold text-base mb-4">{esc(kicker)}</span><span class="align-middle">{esc(title)}</span></h1>
<div class="RichText lg:text-xl md:text-xl sm:text-l leading-loose font-serifUI mb-24"><strong>Viele Haushalte mit Fernw\u00e4rme m\u00fcssen im kommenden Jahr deutlich mehr zahlen \u2013 teils 60 Prozent. Verbrauchersch\u00fctzer raten, die Berechnung genau zu pr\u00fcfen.</strong></div>
<div class="font-sansUI text-shade-dark text-s"><time datetime="2022-12-01 17:43:00" class="timeformat">01.12.2022, 17.43 Uhr</time></div>
{share_bar("de", url, title, "sharing")}</header>
<figure class="lg:w-10/12 mx-auto"><picture><img src="{img}" alt="Fernw\u00e4rmeleitung"></picture><figcaption class="font-sansUI"><p>Fernw\u00e4rmeleitung in einer Gro\u00dfstadt: Viele Versorger geben gestiegene Gaspreise weiter</p><span class="text-shade-dark">Foto: Jens Kalaene / dpa</span></figcaption></figure>
<section class="relative" data-area="body">
{chr(10).join(blocks)}
</section>
<div data-area="topic_pills"><span>Mehr zum Thema</span>{"".join(f'<a href="{base}/thema/{slug(x)}/">{esc(x)}</a>' for x in ["Energiekrise", "Fernwärme", "Verbraucher & Service"])}</div>
</article>
<section data-area="meistgelesen"><h2>Meistgelesen</h2>{link_list(rng, "de", base, d, 10, "meistgelesen", style="plain")}</section>
</main>
{footer(rng, "de", base, "DER SPIEGEL GmbH &amp; Co. KG", 2022, 6)}
{vendor_js(rng, 100)}
</body>"""
    return name, page_shell("de", head, body), expected(name, title, d, items)


@page
def tagesschau_bahn():
    name = "tagesschau_bahn"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title, kicker = st["title"], st["kicker"]
    d = when("2023-09-07T11:58:00+02:00")
    base = "https://www.tagesschau.de"
    url = (
        f"{base}/wirtschaft/unternehmen/bahn-generalsanierung-strecken-{rng.randint(100, 999)}.html"
    )
    img = f"{base}/multimedia/bilder/bahn-gleisbau-100~_v-original.jpg"
    pcls = "textabsatz columns twelve  m-ten  m-offset-one l-eight l-offset-two"
    audio = '<div class="copytext__audio columns twelve m-ten m-offset-one l-eight l-offset-two"><div class="ts-mediaplayer" data-config="{&quot;mc&quot;:{&quot;_type&quot;:&quot;audio&quot;,&quot;_duration&quot;:142}}"></div><h3 class="audio__title">Marco Reinke, ARD Berlin, zu den Sanierungspl\u00e4nen der Bahn</h3><p class="audio__date">07.09.2023 11:43 Uhr</p></div>'
    teaser = (
        '<div class="copytext__teaser columns twelve m-ten m-offset-one l-eight l-offset-two"><div class="teaser-xs"><a class="teaser-xs__link" href="'
        + base
        + '/wirtschaft/bahn-sperrung-riedbahn-100.html"><div class="teaser-xs__topline">Riedbahn</div><div class="teaser-xs__headline">Monatelange Sperrung zwischen Frankfurt und Mannheim</div><p class="teaser-xs__date">12.07.2023</p></a></div></div>'
    )
    out = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            inner = f"<strong>{h(item)}</strong>" if i == 0 else h(item)
            out.append(f'<p class="{pcls}">{inner}</p>')
        else:
            out.append(
                f'<h2 class="meldung__subhead columns twelve m-ten m-offset-one l-eight l-offset-two">{h(item[1])}</h2>'
            )
        if i == 1:
            out.append(audio)
        if i == 4:
            out.append(teaser)
    head = "\n".join(
        [
            f"<title>{esc(title)} | tagesschau.de</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{attr(lede(items))}">',
            f'<meta property="og:title" content="{attr(title)}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:image" content="{img}">',
            '<meta property="og:type" content="website">',
            f'<link rel="canonical" href="{url}">',
            "<style>" + css(rng, 600, "teaser") + "</style>",
            "<script>var _atiMetadata = "
            + json.dumps(
                {
                    "level2": "3",
                    "chapter1": "wirtschaft",
                    "chapter2": "unternehmen",
                    "page": "bahn-generalsanierung",
                    "docType": "story",
                }
            )
            + ";</script>",
        ]
    )
    body = f"""<body class="page--story">
<header class="header"><a class="header__logo" href="{base}/">tagesschau</a></header>
{mega_menu(rng, "de", base, 16, (8, 20), "navigation")}
<main class="content-wrapper"><article class="container content-wrapper__group">
<div class="seitenkopf"><div class="seitenkopf__title"><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">{esc(kicker)}</span><span class="seitenkopf__headline--text">{esc(title)}</span></h1><div class="metatextline">Stand: 07.09.2023 11:58 Uhr</div></div></div>
<div class="absatzbild"><div class="absatzbild__media"><img src="{img}" alt="Gleisbauarbeiten"></div><div class="absatzbild__info"><p class="absatzbild__info__text">Bauarbeiten an einer Bahnstrecke: Die Bahn will ganze Korridore auf einmal sanieren.</p><span class="absatzbild__info__copyright">Bild: picture alliance / Wolfgang Krone</span></div></div>
{chr(10).join(out)}
<div class="meldungsfooter columns twelve m-ten m-offset-one l-eight l-offset-two"><p class="meldungsfooter__text">Dieses Thema im Programm: Das Erste, tagesschau 12:00 Uhr</p><p class="meldungsfooter__text">\u00dcber dieses Thema berichtete die tagesschau am 07. September 2023 um 12:00 Uhr.</p></div>
<div class="taglist">{"".join(f'<a class="tag-btn" href="{base}/thema/{slug(x)}">{esc(x)}</a>' for x in ["Deutsche Bahn", "Bahnstrecken", "Sanierung"])}</div>
<div class="teaser-liste"><h2>Mehr zum Thema</h2>{link_list(rng, "de", base, d, 5, "teaser-absatz", style="plain", with_time=lambda x: f'<div class="teaser__date">{x:%d.%m.%Y}</div>')}</div>
{share_bar("de", url, title, "social-bar")}
</article>
<section class="meistgelesen"><h2>Meistgelesen</h2>{link_list(rng, "de", base, d, 8, "teaser-meistgelesen", style="plain")}</section></main>
{footer(rng, "de", base, "ARD-aktuell / tagesschau.de", 2023, 5)}
{vendor_js(rng, 60)}
</body>"""
    return name, page_shell("de", head, body), expected(name, title, d, items)


def latin1_entities(doc):
    """Encode as ISO-8859-1 the way an old CMS does: characters outside Latin-1 as entities."""
    named = {
        "\u201e": "&bdquo;",
        "\u201c": "&ldquo;",
        "\u201d": "&rdquo;",
        "\u2013": "&ndash;",
        "\u2014": "&mdash;",
        "\u2019": "&rsquo;",
        "\u2018": "&lsquo;",
        "\u20ac": "&euro;",
        "\u2026": "&hellip;",
    }
    return "".join(named.get(c, c) for c in doc).encode("iso-8859-1", "xmlcharrefreplace")


@page
def regional_de_umgehung():
    name = "regional_de_umgehung"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2021-11-23T14:05:00+01:00")
    base = "https://www.kreisbote-altheim.de"
    url = f"{base}/lokales/oberaltheim/{slug(title)};art{rng.randint(100000, 999999)},{rng.randint(1000000, 9999999)}"
    img = f"{base}/storage/pic/lokales/umgehung-oberaltheim.jpg"
    mehr = headlines(rng, "de", 4)
    bild = (
        '<div class="bild"><img src="'
        + img
        + '" width="600" height="400" alt="Umgehung" /><p class="bildunterschrift">Hier, zwischen Neubaugebiet und Bundesstra\u00dfe, soll die Umgehung verlaufen. Foto: Karl Brenninger</p></div>'
    )
    anzeige = "<div class=\"anzeige\"><span class=\"anzeige-label\">Anzeige</span><script type=\"text/javascript\">document.write('<scr'+'ipt src=\"https://ad.kreisbote-altheim.de/adserver/show.php?zone=7&amp;r='+Math.random()+'\"></scr'+'ipt>');</script></div>"
    kasten = (
        '<div class="mehrzumthema"><h3>Mehr zum Thema</h3><ul>'
        + li_links(rng, base, d, mehr[:3], "plain")
        + "</ul></div>"
    )
    inserts = {0: bild, 2: anzeige, 3: kasten}
    body_html = render(
        items, lambda s: f"<p>{s}</p>", inserts=inserts, first_prefix="<b>OBERALTHEIM</b> \u2013 "
    )
    comments = "".join(
        f'<div class="kommentar"><p class="kommentar-kopf"><b>{esc(who)}</b> schrieb am {when_}:</p><p>{esc(txt)}</p></div>'
        for who, when_, txt in [
            (
                "K. Hofmann",
                "23.11.2021 um 16:12 Uhr",
                "Endlich tut sich was, aber ohne L\u00e4rmschutz geht es nicht.",
            ),
            (
                "anwohner_muehlbach",
                "23.11.2021 um 19:40 Uhr",
                "120 Meter sind viel zu nah. Die Grenzwerte sagen nichts \u00fcber die Realit\u00e4t nachts.",
            ),
            (
                "Bernd S.",
                "24.11.2021 um 07:55 Uhr",
                "Der Ortskern braucht die Entlastung seit 20 Jahren.",
            ),
        ]
    )
    head = "\n".join(
        [
            f"<title>{esc(title)} | Kreisbote Altheim</title>",
            f'<meta name="description" content="{attr(lede(items))}" />',
            '<meta name="keywords" content="Oberaltheim, Umgehungsstra\u00dfe, L\u00e4rmschutz, B\u00fcrgerversammlung" />',
            f'<meta property="og:title" content="{attr(title)}" />',
            f'<meta property="og:image" content="{img}" />',
            f'<link rel="canonical" href="{url}" />',
            '<link rel="stylesheet" type="text/css" href="/css/main.css?v=20190411" />',
            '<style type="text/css">' + css(rng, 520, "kb") + "</style>",
            '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>',
            "<script type=\"text/javascript\">var IVW=\"https://kreisbote.ivwbox.de/cgi-bin/ivw/CP/lokales\";var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);(function(){var ga=document.createElement('script');ga.type='text/javascript';ga.async=true;ga.src=('https:'==document.location.protocol?'https://ssl':'http://www')+'.google-analytics.com/ga.js';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(ga,s);})();</script>",
            gpt(rng, "1072", "kreisbote/lokales", 8),
        ]
    )
    body = f"""<body>
<div id="wrapper"><div id="kopf"><a href="{base}/"><img src="/img/logo_kreisbote.gif" alt="Kreisbote Altheim" border="0" /></a><div id="datum">Dienstag, 23. November 2021</div></div>
<div id="navigation">{mega_menu(rng, "de", base, 14, (6, 14), "hauptnavi")}</div>
<table id="layout" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td id="inhalt" valign="top">
<div class="pfad"><a href="{base}/">Startseite</a> &raquo; <a href="{base}/lokales/">Lokales</a> &raquo; <a href="{base}/lokales/oberaltheim/">Oberaltheim</a></div>
<div id="artikel">
<h1>{esc(title)}</h1>
<p class="datum">23. November 2021, 14:05 Uhr &middot; Von Sabine Wei\u00df</p>
<div class="artikeltext">
{body_html}
</div>
<p class="artikel-werkzeuge"><a href="javascript:window.print()">Artikel drucken</a> | <a href="mailto:?subject={attr(title)}">Artikel versenden</a> | <a href="#kommentare">Kommentare (3)</a></p>
</div>
<div id="kommentare"><h3>Kommentare (3)</h3>{comments}<p class="hinweis">Bitte beachten Sie unsere Netiquette. Kommentare werden vor der Ver\u00f6ffentlichung gepr\u00fcft.</p></div>
</td><td id="rechts" valign="top" width="300"><div class="box"><h3>Meistgelesen</h3>{link_list(rng, "de", base, d, 10, "meistgelesen", style="plain")}</div><div class="box"><h3>Aus der Region</h3>{link_list(rng, "de", base, d, 12, "region", style="plain", with_time=lambda x: f'<span class="datum">{x:%d.%m.%Y}</span>')}</div></td></tr></table>
{footer(rng, "de", base, "Kreisbote Verlag GmbH", 2021, 4, "fuss")}
</div>
</body>"""
    doctype = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
    doc = (
        doctype
        + f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />\n{head}\n</head>\n{body}\n</html>\n'
    )
    return name, latin1_entities(doc), expected(name, title, d, items)


@page
def lemonde_retraites():
    name = "lemonde_retraites"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    og = "Réforme des retraites : nouvelle concertation avec les syndicats"
    d = when("2022-10-18T14:05:21+02:00")
    base = "https://www.lemonde.fr"
    url = f"{base}/politique/article/2022/10/18/{slug(title)}_{rng.randint(6000000, 6999999)}_823448.html"
    img = "https://img.lemde.fr/2022/10/18/0/0/5000/3333/1440/960/60/0/a1b2c3d_1666098321012-ministere-travail.jpg"
    la = headlines(rng, "fr", 2)
    catcher = f'<section class="catcher catcher--inline"><p class="catcher__content"><span class="catcher__label">Lire aussi :</span> <a class="js-article-read-also" href="{base}/politique/article/2022/10/11/{slug(la[0])}_{rng.randint(6000000, 6999999)}_823448.html">Réforme des retraites : ce que contient le projet du gouvernement</a></p></section>'
    lire_p = f'<p class="article__paragraph article__paragraph--lf"><span class="lire">Lire aussi</span> <a class="lire__link" href="{base}/economie/article/2022/10/12/x_{rng.randint(6000000, 6999999)}_3234.html">Le décryptage\u00a0: pourquoi le système des retraites est-il déficitaire\u00a0?</a></p>'
    inserts = {1: catcher, 3: lire_p}
    body_html = render(items, lambda s: f'<p class="article__paragraph ">{s}</p>', inserts=inserts)
    paywall = '<section class="paywall paywall--article" id="js-paywall-content"><p class="paywall__message">Il vous reste 64.27% de cet article à lire. La suite est réservée aux abonnés.</p><div class="paywall__actions"><a class="btn btn--premium" href="https://abo.lemonde.fr/?lmd_medium=paywall">S’abonner</a><p class="paywall__login">Déjà abonné\u00a0? <a href="https://secure.lemonde.fr/sfuser/connexion">Se connecter</a></p></div></section>'
    head = head_common(
        title,
        "Les premières réunions doivent se tenir dès la semaine prochaine au ministère du travail.",
        url,
        img,
        og_title=og,
        extra="\n".join(
            [
                '<meta property="og:article:published_time" content="2022-10-18T12:05:21+00:00">',
                '<meta property="og:article:modified_time" content="2022-10-18T16:12:03+00:00">',
                '<meta property="og:article:section" content="Politique">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-10-18T14:05:21+02:00",
                    "2022-10-18T18:12:03+02:00",
                    "Le Monde avec AFP",
                    "Le Monde",
                    "https://www.lemonde.fr/dist/assets/img/logos/logo-le-monde.svg",
                    "Les premières réunions doivent se tenir dès la semaine prochaine.",
                    isAccessibleForFree=False,
                    hasPart={
                        "@type": "WebPageElement",
                        "isAccessibleForFree": False,
                        "cssSelector": ".article__content",
                    },
                ),
                "<style>" + css(rng, 600, "lmd") + "</style>",
                "<script>var lmd = "
                + json.dumps(
                    {
                        "context": {
                            "page": {
                                "type": "article",
                                "article": {
                                    "id": 6146312,
                                    "section": "politique",
                                    "premium": True,
                                    "published": "2022-10-18T14:05:21+02:00",
                                },
                            },
                            "user": {"status": "anonymous"},
                        },
                        "related": state_blob(rng, "fr", base, d, 20),
                    },
                    ensure_ascii=False,
                )
                + ";</script>",
                gpt(rng, "57935058", "lemonde/politique", 8),
            ]
        ),
    )
    body = f"""<body class="article article--content">
{consent("fr", "gdpr-lmd")}
<header class="header"><a class="logo" href="{base}/">Le Monde</a><a class="btn btn--premium" href="https://abo.lemonde.fr/">S’abonner</a></header>
{mega_menu(rng, "fr", base, 16, (8, 18), "Nav")}
<main id="habillage"><section class="zone zone--article">
<header class="article__header"><ul class="breadcrumb"><li><a href="{base}/politique/">Politique</a></li><li><a href="{base}/retraites/">Retraites</a></li></ul>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__desc">Les premières réunions doivent se tenir dès la semaine prochaine au ministère du travail. Les syndicats restent opposés au report de l’âge légal.</p>
<section class="article__meta"><span class="author__name">Le Monde avec AFP</span><span class="meta__date meta__date--header">Publié le 18 octobre 2022 à 14h05, modifié à 18h12 </span><span class="meta__reading-time"><span class="sr-only">Temps de</span> Lecture 3 min.</span></section>
{share_bar("fr", url, title, "meta__social")}</header>
<figure class="article__media"><img src="{img}" alt="Le ministère du travail"><figcaption class="article__legend">Le ministère du travail, à Paris, le 11 octobre 2022. <span class="article__credit">LUDOVIC MARIN / AFP</span></figcaption></figure>
<article class="article__content old__article-content-single">
{body_html}
</article>
{paywall}
<section class="services-article"><h3>Services Le Monde</h3>{link_list(rng, "fr", base, d, 6, "services", style="plain")}</section>
</section>
<aside class="aside__iso"><section class="old__aside-most-read"><h3>Les plus lus</h3>{link_list(rng, "fr", base, d, 10, "aside-list", style="plain")}</section><section><h3>Contributions</h3><p>Bienvenue dans l’espace des contributions. Pour participer, abonnez-vous.</p></section></aside></main>
{footer(rng, "fr", base, "Le Monde", 2022, 6)}
{vendor_js(rng, 90)}
</body>"""
    return name, page_shell("fr", head, body), expected(name, title, d, items)


@page
def vingtminutes_feux_velo():
    name = "20minutes_feux_velo"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-05-30T14:05:00+02:00")
    base = "https://www.20minutes.fr"
    url = f"{base}/lyon/{rng.randint(4000000, 4099999)}-20230530-{slug(title)}"
    img = "https://img.20mn.fr/Ab12Cd34Ef/1444x920_feux-velo-lyon.jpg"
    la = headlines(rng, "fr", 2)
    essentiel = '<div class="c-essentiel"><h2 class="c-essentiel__title">L\u2019essentiel</h2><ul class="c-essentiel__list"><li>La métropole de Lyon va équiper une dizaine de carrefours de feux qui détectent les cyclistes.</li><li>Le feu vert sera prolongé de quelques secondes à leur approche.</li><li>Un bilan est prévu au bout de six mois.</li></ul></div>'
    lire1 = f'<div class="c-read-more"><span class="c-read-more__label">A lire aussi :</span> <a href="{base}/lyon/{rng.randint(4000000, 4099999)}-{slug(la[0])}">{esc(la[0])}</a></div>'
    lire2 = f'<p><strong>À lire aussi\u00a0: </strong><a href="{base}/lyon/{rng.randint(4000000, 4099999)}-{slug(la[1])}">Lyon\u00a0: Le réseau de pistes cyclables va doubler d\u2019ici à 2026</a></p>'
    ad = '<div class="ad-wrapper ad-inread"><div class="c-ad-label">Publicité</div><div id="ad_inread_1" class="ad"></div></div>'
    inserts = {1: lire1, 2: ad, 4: lire2}
    body_html = render(items, lambda s: f"<p>{s}</p>", inserts=inserts)
    head = head_common(
        title,
        "La métropole de Lyon va expérimenter des feux tricolores qui détectent les cyclistes.",
        url,
        img,
        extra="\n".join(
            [
                json_ld(
                    {
                        "@context": "https://schema.org",
                        "@type": "NewsMediaOrganization",
                        "name": "20 Minutes",
                        "url": base,
                        "logo": {"@type": "ImageObject", "url": f"{base}/static/logo.png"},
                    }
                ),
                "<style>" + css(rng, 500, "c") + "</style>",
                "<script>window.dataLayer=window.dataLayer||[];dataLayer.push("
                + json.dumps(
                    {
                        "page_type": "article",
                        "page_section": "lyon",
                        "article_id": "4039871",
                        "article_words": len(plain_text(items).split()),
                    }
                )
                + ");</script>",
                gtm("GTM-KT3M2G"),
                gpt(rng, "21661131", "20minutes/lyon", 9),
            ]
        ),
    )
    body = f"""<body>
{gtm_noscript("GTM-KT3M2G")}
{consent("fr", "didomi")}
<header class="c-header"><a class="c-header__logo" href="{base}/">20 Minutes</a></header>
{mega_menu(rng, "fr", base, 16, (8, 20), "c-nav")}
<main class="o-wrapper"><article class="c-article">
<header class="c-content-header"><nav class="c-breadcrumb"><a href="{base}/">Accueil</a> / <a href="{base}/lyon/">Lyon</a></nav>
<h1 class="nodeheader-title">{esc(title)}</h1>
<p class="c-content-header__chapo">MOBILITÉS La métropole va expérimenter des capteurs qui prolongent le feu vert à l\u2019approche des vélos</p>
<div class="c-signature"><span class="c-signature__author">Élise Marchand</span><div class="datetime">Publié le 30/05/23 à 14h05 — Mis à jour le 30/05/23 à 16h30</div></div>
{share_bar("fr", url, title, "c-share")}</header>
<figure class="c-media"><img src="{img}" alt="Un cycliste à Lyon"><figcaption class="c-media__caption">Un cycliste dans le 7e arrondissement de Lyon (illustration). <span class="c-media__credit">— Théo Garnier / 20 Minutes</span></figcaption></figure>
{essentiel}
<div class="qiota_reserve content">
{body_html}
</div>
<div class="c-tags"><ul>{"".join(f'<li><a href="{base}/dossier/{slug(x)}">{esc(x)}</a></li>' for x in ["Lyon", "Vélo", "Mobilité", "Circulation"])}</ul></div>
<section class="c-comments"><h2>Commentaires</h2><p>Les commentaires sont fermés pour cet article.</p></section>
</article>
<aside class="c-aside"><h2>Les plus lus</h2>{link_list(rng, "fr", base, d, 10, "c-most-read", style="id")}<h2>Dans la même rubrique</h2>{link_list(rng, "fr", base, d, 8, "c-list", style="id", with_img=True)}</aside></main>
{footer(rng, "fr", base, "20 Minutes", 2023, 5)}
{vendor_js(rng, 70)}
</body>"""
    return name, page_shell("fr", head, body), expected(name, title, d, items)


@page
def elpais_regadio():
    name = "elpais_regadio"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2024-07-02T05:40:00+02:00")
    base = "https://elpais.com"
    url = f"{base}/clima-y-medio-ambiente/2024-07-02/{slug(title)}.html"
    img = "https://imagenes.elpais.com/resizer/v2/ABCDEFGHIJKLMNOP.jpg?auth=1a2b&width=1200"
    standfirst = "El programa financiará hasta 2027 la sustitución de canales por tuberías y el riego por goteo en unas 150.000 hectáreas"
    mas = (
        '<aside class="a_ei"><div class="b-rel"><header class="b_h"><h3 class="b_h_t">Más información</h3></header>'
        + "".join(
            f'<article class="c c-d c--m"><figure class="c_m"><img src="https://imagenes.elpais.com/x{rand_id(rng, 8)}.jpg" alt=""></figure><header class="c_h"><h2 class="c_t"><a href="{base}/clima-y-medio-ambiente/2024-06-{rng.randint(10, 28)}/{slug(x)}.html">{esc(x)}</a></h2></header></article>'
            for x in headlines(rng, "es", 2)
        )
        + "</div></aside>"
    )
    ad = '<div class="ad ad-nstd" data-adtype="NSTD"><span class="ad-label">Publicidad</span><div id="elpais_gpt-NSTD1"></div></div>'
    inserts = {1: mas, 3: ad}
    body_html = render(items, lambda s: f'<p class="">{s}</p>', inserts=inserts)
    body_html += '\n<p class=""><i>Puedes seguir a EL PAÍS Clima y Medio Ambiente en <a href="https://www.facebook.com/elpaisclima">Facebook</a> y <a href="https://twitter.com/elpaisclima">X</a>, o apuntarte aquí para recibir <a href="https://elpais.com/newsletters/clima">nuestra newsletter semanal</a></i></p>'
    gc = {
        "_id": rand_id(rng, 26).upper(),
        "headlines": {"basic": title},
        "subheadlines": {"basic": standfirst},
        "first_publish_date": "2024-07-02T03:40:00.000Z",
        "display_date": "2024-07-02T03:40:00.000Z",
        "content_elements": [{"type": "text", "content": h(x)} for x in items],
        "taxonomy": {
            "primary_section": {"_id": "/clima-y-medio-ambiente", "name": "Clima y Medio Ambiente"},
            "tags": [
                {"text": x} for x in ["Sequía", "Regadío", "Agricultura", "Consejo de Ministros"]
            ],
        },
        "credits": {"by": [{"name": "Lucía Márquez Soler"}]},
        "related": state_blob(rng, "es", base, d, 20),
    }
    head = head_common(
        f"{title} | Clima y Medio Ambiente | EL PAÍS",
        standfirst,
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2024-07-02T05:40:00+02:00">',
                '<meta property="article:modified_time" content="2024-07-02T09:14:00+02:00">',
                '<meta name="author" content="Lucía Márquez Soler">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2024-07-02T05:40:00+02:00",
                    "2024-07-02T09:14:00+02:00",
                    ["Lucía Márquez Soler"],
                    "Ediciones EL PAÍS",
                    "https://static.elpais.com/dist/resources/images/logos/primary/el-pais.svg",
                    standfirst,
                    isAccessibleForFree=True,
                    inLanguage="es",
                ),
                "<style>" + css(rng, 520, "a_") + "</style>",
                '<script>window.Fusion=window.Fusion||{};Fusion.arcSite="el-pais";Fusion.globalContent='
                + json.dumps(gc, ensure_ascii=False)
                + ";</script>",
                gpt(rng, "7811748", "elpais_web/clima", 10),
            ]
        ),
    )
    body = f"""<body class="ar">
{consent("es", "pmConsentWall")}
<header class="_g _g-s"><a href="{base}/" class="ep_l">EL PAÍS</a><a class="_btn _btn-sm" href="https://suscripciones.elpais.com/">Suscríbete</a></header>
{mega_menu(rng, "es", base, 16, (8, 20), "sm_n")}
<main id="main-content"><article class="a _g _g-lg _g-o">
<header class="a_e"><div class="a_k"><a href="{base}/clima-y-medio-ambiente/" class="a_k_n">Sequía</a></div><div class="a_e_txt"><h1 class="a_t">{esc(title)}</h1><h2 class="a_st">{esc(standfirst)}</h2></div>
<figure class="a_e_m"><span class="a_m_w"><img src="{img}" alt="Riego por goteo"></span><figcaption class="a_m_p"><span>Un sistema de riego por goteo en un olivar de Jaén, en una imagen de archivo.</span><span class="a_m_m">Antonio Ruiz Gil</span></figcaption></figure></header>
<div class="a_md"><div class="a_md_a"><div class="a_md_a_n"><a class="a_md_a_n" href="{base}/autor/lucia-marquez-soler/">Lucía Márquez Soler</a></div><div class="a_md_a_l">Madrid</div></div><div class="a_md_f"><span><a data-date="2024-07-02T05:40:00+02:00" href="{base}/hemeroteca/2024-07-02/" title="Ver todas las noticias de esa fecha">02 jul 2024 - 05:40 <abbr title="Central European Summer Time">CEST</abbr></a></span></div>{share_bar("es", url, title, "a_md_sh")}</div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{body_html}
</div>
<div class="a_ft"><ul class="w_t">{"".join(f'<li><a href="{base}/noticias/{slug(x)}/">{esc(x)}</a></li>' for x in ["Sequía", "Regadío", "Agricultura", "Consejo de Ministros"])}</ul></div>
<div class="a_com"><button class="a_com_b">Comentarios <span>124</span></button><p>Normas</p></div>
</article>
<section class="b b-d"><h2>Lo más visto</h2>{link_list(rng, "es", base, d, 10, "b_row", style="plain")}</section>
<section class="b"><h2>Más información</h2>{link_list(rng, "es", base, d, 8, "b_row", style="plain", with_img=True)}</section></main>
{footer(rng, "es", base, "Ediciones EL PAÍS S.L.", 2024, 6)}
{vendor_js(rng, 80)}
</body>"""
    return name, page_shell("es", head, body), expected(name, title, d, items)


@page
def folha_chuva():
    name = "folha_chuva"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-02-15T14:05:00-03:00")
    base = "https://www1.folha.uol.com.br"
    url = f"{base}/cotidiano/2022/02/{slug(title)}.shtml"
    img = (
        "https://f.i.uol.com.br/fotografia/2022/02/15/1644946789620bf3a5c1e4a_1644946789_3x2_rt.jpg"
    )
    leia = (
        '<div class="rs_skip js-news-aside c-news__aside"><h3 class="c-section-title">Leia também</h3><ul class="c-list-links">'
        + li_links(rng, base, d, headlines(rng, "pt", 3), "plain")
        + "</ul></div>"
    )
    ad = '<div class="c-advertising c-advertising--300x250" data-ads-sticky><span class="c-advertising__label">Publicidade</span><div id="banner-300x250-area"></div></div>'
    fig = '<figure class="c-image-aspect-ratio"><img src="https://f.i.uol.com.br/fotografia/2022/02/15/carros-ilhados.jpg" alt="carros ilhados"><figcaption class="c-image-aspect-ratio__caption">Carros ilhados na avenida Washington Luís, na zona sul de São Paulo, nesta terça (15) - Rubens Cavallari/Folhapress</figcaption></figure>'
    inserts = {1: fig, 2: leia, 4: ad}
    body_html = render(items, lambda s: f"<p>{s}</p>", inserts=inserts)
    head = head_common(
        f"{title} - 15/02/2022 - Cotidiano - Folha",
        "Corpo de Bombeiros registrou 57 chamados para queda de árvores.",
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2022-02-15 14:05:00">',
                '<meta name="author" content="Carolina Tavares">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-02-15T14:05:00-03:00",
                    "2022-02-15T17:30:00-03:00",
                    "Carolina Tavares",
                    "Folha de S.Paulo",
                    "https://static.folha.uol.com.br/folha/images/logo-folha.png",
                    "Corpo de Bombeiros registrou 57 chamados.",
                ),
                "<style>" + css(rng, 480, "c-news") + "</style>",
                "<script>var folha_ads_config = "
                + json.dumps(
                    {
                        "section": "cotidiano",
                        "keywords": ["chuva", "alagamento", "sao paulo"],
                        "paywall": {"type": "porous", "limit": 5},
                        "related": state_blob(rng, "pt", base, d, 20),
                    }
                )
                + ";</script>",
                gpt(rng, "8804", "folha/cotidiano", 9),
            ]
        ),
    )
    body = f"""<body class="page-news">
{consent("pt", "banner-lgpd")}
<header class="l-header"><a class="l-header__brand" href="https://www.folha.uol.com.br/">Folha de S.Paulo</a><a class="c-button c-button--subscribe" href="https://assine.folha.com.br/">Assine</a><a href="https://login.folha.com.br/login">Entrar</a></header>
{mega_menu(rng, "pt", base, 16, (8, 20), "c-site-nav")}
<main id="conteudo" class="main"><article class="c-news">
<header class="c-content-head"><div class="c-content-head__wrap"><a class="c-kicker" href="{base}/cotidiano/">cotidiano</a>
<h1 class="c-content-head__title">{esc(title)}</h1>
<h2 class="c-content-head__subtitle">Corpo de Bombeiros registrou 57 chamados para queda de árvores até as 16h; 85 mil imóveis ficaram sem luz</h2></div></header>
<div class="c-tools-share">{share_bar("pt", url, title, "c-tools-share__list")}</div>
<div class="c-news__content"><div class="c-signature"><strong class="c-signature__author"><a href="https://www1.folha.uol.com.br/autores/carolina-tavares.shtml">Carolina Tavares</a></strong><span class="c-signature__location">São Paulo</span></div>
<time class="c-more-options__published-date" itemprop="datePublished" datetime="2022-02-15 14:05:00">15.fev.2022 às 14h05</time><span class="c-more-options__modified-date">Atualizado: 15.fev.2022 às 17h30</span>
<div class="c-news__body" data-share-text data-news-content-text data-disable-copy data-continue-reading data-continue-reading-hide-others=".js-continue-reading-hidden" itemprop="articleBody">
{body_html}
</div>
<div class="c-paywall" data-paywall-box style="display:none"><p>Você atingiu o limite de 5 reportagens por mês.</p><p>Tenha acesso ilimitado: <a href="https://assine.folha.com.br/">Assine ou faça login</a></p></div>
</div>
<div class="c-topics"><ul>{"".join(f'<li><a href="https://www1.folha.uol.com.br/folha-topicos/{slug(x)}/">{esc(x)}</a></li>' for x in ["chuva", "São Paulo", "Defesa Civil"])}</ul></div>
<section class="c-comments"><h3>Comentários</h3><p>Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.</p></section>
</article>
<aside class="l-sidebar"><div class="c-most-popular"><h3>Mais lidas</h3>{link_list(rng, "pt", base, d, 10, "c-most-popular__list", style="plain")}</div></aside></main>
{footer(rng, "pt", base, "Empresa Folha da Manhã S.A.", 2022, 6)}
{vendor_js(rng, 60)}
</body>"""
    doc = page_shell(
        "pt-BR",
        head,
        body,
        charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    )
    # Declared ISO-8859-1, served as Windows-1252 (curly quotes in 0x80-0x9F), as browsers read it.
    return name, doc.encode("cp1252", "xmlcharrefreplace"), expected(name, title, d, items)


@page
def corriere_neve():
    name = "corriere_neve"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    og = "Neve in Appennino, chiusi il passo delle Capannelle e la statale per il Lazio"
    d = when("2023-01-26T22:15:00+01:00")
    base = "https://www.corriere.it"
    url = f"{base}/cronache/23_gennaio_26/neve-appennino-passi-chiusi-treni-ritardo-{rand_id(rng, 8, '0123456789abcdef')}-{rand_id(rng, 4, '0123456789abcdef')}.shtml"
    img = "https://images2.corriereobjects.it/methode_image/2023/01/26/Cronache/Foto%20Cronache%20-%20Trattate/neve-appennino-kqR.jpg"
    leggi = (
        '<div class="inread-box"><p class="title-box">LEGGI ANCHE</p><ul>'
        + li_links(rng, base, d, headlines(rng, "it", 3), "plain")
        + "</ul></div>"
    )
    ad = '<div class="adv-box"><div class="adv-label">Pubblicità</div><div id="rcsad_Frame1" class="rcsad"></div></div>'
    inserts = {1: leggi, 3: ad}
    body_html = render(items, lambda s: f'<p class="chapter-paragraph">{s}</p>', inserts=inserts)
    head = head_common(
        f"{title} - Corriere.it",
        "Chiusi il passo delle Capannelle e un tratto della statale. Treni in ritardo fino a 90 minuti.",
        url,
        img,
        og_title=og,
        extra="\n".join(
            [
                ld_article(
                    "NewsArticle",
                    og,
                    url,
                    img,
                    "2023-01-26T22:15:00+01:00",
                    "2023-01-27T08:02:00+01:00",
                    "Giulia Ferretti",
                    "Corriere della Sera",
                    f"{base}/logo.png",
                    "Chiusi due passi e treni in ritardo.",
                    articleSection="Cronache",
                ),
                "<style>" + css(rng, 480, "is") + "</style>",
                "<script>var utag_data = "
                + json.dumps(
                    {
                        "page_section": "cronache",
                        "page_type": "article",
                        "content_id": rand_id(rng, 12),
                        "page_date": "26/01/2023",
                        "page_author": "Giulia Ferretti",
                        "related": state_blob(rng, "it", base, d, 20),
                    },
                    ensure_ascii=False,
                )
                + ";</script>",
                gpt(rng, "4834629", "corriere/cronache", 9),
            ]
        ),
    )
    body = f"""<body class="article-page">
{consent("it", "privacy-cp")}
<header class="header"><a class="logo" href="{base}/">Corriere della Sera</a><a href="https://abbonamenti.corriere.it/">Abbonati</a></header>
{mega_menu(rng, "it", base, 16, (8, 20), "menu-nav")}
<main class="container"><article class="article-wrapper">
<div class="bck-header-article"><span class="article-kicker"><a href="{base}/cronache/">Cronache</a></span>
<h1 class="title-art-hp is-large ">{esc(title)}</h1>
<h2 class="summary-art">Chiusi il passo delle Capannelle e un tratto della statale verso il Lazio. Ritardi fino a 90 minuti sulla linea adriatica, scuole chiuse in una ventina di comuni</h2>
<div class="info-art"><span class="writer">di Giulia Ferretti</span><p class="is-last-update" datetime="2023-01-26T22:15:00+01:00">26 gennaio 2023 (modifica il 27 gennaio 2023 | 08:02)</p></div>
{share_bar("it", url, title, "social-share")}</div>
<figure class="media-news"><img src="{img}" alt="Neve"><figcaption class="caption-art">Spazzaneve al lavoro sulla statale in Abruzzo (foto Ansa)</figcaption></figure>
<div class="content">
{body_html}
</div>
<p class="footnotes-art">26 gennaio 2023 (modifica il 27 gennaio 2023 | 08:02)<br>\u00a9 RIPRODUZIONE RISERVATA</p>
</article>
<aside class="column-right"><div class="box"><h3>I più letti</h3>{link_list(rng, "it", base, d, 10, "most-read", style="plain")}</div><div class="box"><h3>Ultime notizie</h3>{link_list(rng, "it", base, d, 12, "last-news", style="plain", with_time=lambda x: f'<span class="time">{x:%H:%M}</span>')}</div></aside></main>
{footer(rng, "it", base, "RCS MediaGroup S.p.A.", 2023, 6)}
{vendor_js(rng, 70)}
</body>"""
    # Served as UTF-8 although the page still declares ISO-8859-1: a stale template header.
    doc = page_shell(
        "it",
        head,
        body,
        charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    )
    return name, doc.encode("utf-8"), expected(name, title, d, items)


@page
def nos_streekbus():
    name = "nos_streekbus"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2024-09-23T14:05:00+02:00")
    base = "https://nos.nl"
    aid = rng.randint(2530000, 2539999)
    url = f"{base}/artikel/{aid}-{slug(title)}"
    img = f"https://cdn.nos.nl/image/2024/09/23/{rng.randint(1000000, 1099999)}/1024x576a.jpg"
    pcls = "sc-6d77a1d1-0 chzewu"
    fig = '<figure class="sc-a3e0a6ae-0 jMzdGi"><div class="sc-9bd3a3e-0"><img src="https://cdn.nos.nl/image/2024/09/23/bus-halte/1008x567a.jpg" alt="Een streekbus bij een halte"></div><figcaption class="sc-a3e0a6ae-1 hWkJpl"><span>Een streekbus bij een halte in Drenthe</span><span class="sc-a3e0a6ae-2">ANP</span></figcaption></figure>'
    video = '<div class="sc-2e1e7fbd-0 video-block"><div class="sc-2e1e7fbd-1" data-video-id="2539123"><button class="sc-play">Afspelen</button><p class="sc-2e1e7fbd-3">Bekijk hier hoe reizigers in Zeeland nu al langer op de bus wachten</p><span class="sc-2e1e7fbd-4">02:14</span></div></div>'
    inserts = {1: fig, 5: video}
    body_html = render(
        items,
        lambda s: f'<p class="{pcls}">{s}</p>',
        h2=lambda s: f'<h2 class="sc-ee6e6b39-0 fFGwLu">{s}</h2>',
        inserts=inserts,
    )
    blocks = [
        {
            "type": "text",
            "text": t(x) if isinstance(x, str) else t(x[1]),
            "subtype": "p" if isinstance(x, str) else "h2",
        }
        for x in items
    ]
    next_data = {
        "props": {
            "pageProps": {
                "data": {
                    "id": aid,
                    "type": "article",
                    "title": title,
                    "publishedAt": "2024-09-23T12:05:00+0000",
                    "modifiedAt": "2024-09-23T12:40:11+0000",
                    "items": blocks,
                    "keywords": ["openbaar vervoer", "provincies", "bus"],
                    "owner": "nieuws",
                },
                "latest": state_blob(rng, "nl", base, d, 30),
            }
        },
        "page": "/artikel/[slug]",
        "query": {"slug": f"{aid}-{slug(title)}"},
        "buildId": rand_id(rng, 21),
        "isFallback": False,
        "gssp": True,
        "locale": "nl",
    }
    head = head_common(
        f"{title} | NOS",
        t(items[0])[:150],
        url,
        img,
        extra="\n".join(
            [
                '<meta property="article:published_time" content="2024-09-23T12:05:00+0000">',
                '<meta property="article:modified_time" content="2024-09-23T12:40:11+0000">',
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2024-09-23T12:05:00+0000",
                    "2024-09-23T12:40:11+0000",
                    None,
                    "NOS",
                    f"{base}/img/nos-logo.png",
                    t(items[0])[:150],
                ),
                '<style data-styled="" data-styled-version="5.3.11">'
                + css(rng, 560, "sc")
                + "</style>",
            ]
        ),
    )
    body = f"""<body>
<div id="__next"><header class="sc-bd0c0d8c-0"><a href="{base}/" aria-label="NOS">NOS</a><nav>{mega_menu(rng, "nl", base, 14, (6, 14), "sc-menu")}</nav></header>
{consent("nl", "ccm")}
<main id="content" class="sc-4f8e2b5d-0"><article class="sc-f5c1c9e4-0">
<div class="sc-aee2df6e-0"><span class="sc-aee2df6e-1">Binnenland</span></div>
<h1 class="sc-f9df6382-0 ceCvLq">{esc(title)}</h1>
<div class="sc-6c8cd7a8-0"><time datetime="2024-09-23T12:05:00+0000">23 september 2024, 14:05</time><span> \u2022 </span><span>Aangepast 23 september 2024, 14:40</span></div>
<figure class="sc-a3e0a6ae-0"><img src="{img}" alt="streekbus"><figcaption class="sc-a3e0a6ae-1"><span>Een streekbus in de provincie Groningen</span><span class="sc-a3e0a6ae-2">ANP</span></figcaption></figure>
<div class="sc-c2b0e4e2-0 contentBody">
{body_html}
</div>
<div class="sc-tags">{"".join(f'<a href="{base}/zoeken?q={slug(x)}">{esc(x)}</a>' for x in ["Openbaar vervoer", "Provincies", "Bus"])}</div>
{share_bar("nl", url, title, "sc-share")}
</article>
<aside class="sc-latest"><h2>Laatste nieuws</h2>{link_list(rng, "nl", base + "/artikel", d, 12, "sc-list", style="id", with_time=lambda x: f'<time datetime="{utc(x):%Y-%m-%dT%H:%M:%S+0000}">{x:%H:%M}</time>')}</aside></main>
{footer(rng, "nl", base, "NOS", 2024, 5)}
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
{vendor_js(rng, 90)}
</body>"""
    return name, page_shell("nl", head, body), expected(name, title, d, items)


@page
def malaysiakini_banjir():
    name = "malaysiakini_banjir"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2022-01-17T07:40:00+08:00")  # 23:40 UTC on the 16th
    base = "https://www.malaysiakini.com"
    aid = rng.randint(606000, 606999)
    url = f"{base}/my/news/{aid}"
    img = f"https://i.mkini.net/{rand_id(rng, 16)}/banjir-kelantan.jpg"
    pcls = "styles_contentBody__p__3nQYs"
    body_html = render(items, lambda s: f'<p class="{pcls}">{s}</p>')
    paywall = '<div class="styles_paywall__2rXe_"><div class="styles_paywall__inner"><h3>Berita ini hanya untuk pelanggan</h3><p>Langgan Malaysiakini untuk membaca laporan penuh dan menyokong kewartawanan bebas.</p><a class="btn btn-primary" href="https://www.malaysiakini.com/subscribe">Langgan sekarang</a><p class="styles_paywall__login">Sudah melanggan? <a href="https://www.malaysiakini.com/login">Log masuk</a></p></div></div>'
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "sid": aid,
                    "title": title,
                    "lang": "my",
                    "date_pub": "2022-01-16T23:40:00.000Z",
                    "premium": True,
                    "content_preview": "".join(f"<p>{h(x)}</p>" for x in items),
                    "author": "Bernama",
                    "tags": ["banjir", "Kelantan", "PPS"],
                },
                "related": state_blob(rng, "ms", base, d, 30),
            }
        },
        "page": "/[lang]/news/[sid]",
        "query": {"lang": "my", "sid": str(aid)},
        "buildId": rand_id(rng, 21),
        "isFallback": False,
    }
    head = head_common(
        title,
        t(items[0])[:160],
        url,
        img,
        extra="\n".join(
            [
                ld_article(
                    "NewsArticle",
                    title,
                    url,
                    img,
                    "2022-01-16T23:40:00.000Z",
                    "2022-01-17T00:02:13.000Z",
                    "Bernama",
                    "Malaysiakini",
                    f"{base}/img/logo.png",
                    t(items[0])[:160],
                    isAccessibleForFree=False,
                ),
                "<style>" + css(rng, 500, "styles") + "</style>",
                gtm("GTM-W7PFZ2"),
                gpt(rng, "22023546826", "malaysiakini_my", 8),
            ]
        ),
    )
    body = f"""<body>
<div id="__next"><header class="styles_header__1Xb2"><a href="{base}/my">Malaysiakini</a><a class="btn" href="{base}/subscribe">Langgan</a><a href="{base}/login">Log masuk</a></header>
{mega_menu(rng, "ms", base + "/my", 14, (6, 14), "styles_nav")}
<main class="styles_main__3kLq"><article class="styles_article__2YvP">
<div class="styles_kicker">BERITA</div>
<h1 class="styles_title__1gR0">{esc(title)}</h1>
<div class="styles_meta__2Xx9"><span class="styles_author">Bernama</span><span class="styles_date">Diterbitkan 17 Jan 2022, 7:40 pagi</span><span class="styles_updated">Dikemas kini 17 Jan 2022, 8:02 pagi</span></div>
{share_bar("ms", url, title, "styles_share")}
<figure><img src="{img}" alt="banjir"><figcaption>Gambar fail</figcaption></figure>
<div class="styles_contentBody__2Nb5 content_body">
{body_html}
</div>
{paywall}
<div class="styles_related"><h3>Berita berkaitan</h3>{link_list(rng, "ms", base + "/my/news", d, 6, "styles_relatedList", style="id")}</div>
</article>
<aside class="styles_sidebar"><h3>Paling popular</h3>{link_list(rng, "ms", base + "/my/news", d, 10, "styles_popular", style="id", with_time=lambda x: f"<span>{x.day} {ID_MON[x.month - 1]} {x.year}</span>")}</aside></main>
{footer(rng, "ms", base, "Mkini Dotcom Sdn Bhd", 2022, 5)}
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
{vendor_js(rng, 80)}
</body>"""
    return name, page_shell("ms", head, body), expected(name, title, d, items)


@page
def tagalog_bigas():
    name = "tagalog_bigas"
    st, items, rng = STORIES[name], STORIES[name]["paras"], rng_for(name)
    title = st["title"]
    d = when("2023-07-24T14:05:12+08:00")
    base = "https://balitangayon.ph"
    url = f"{base}/2023/07/24/{slug(title)}/"
    img = f"{base}/wp-content/uploads/2023/07/bigas-palengke.jpg"
    # Yoast graph where the Article node lost its datePublished; only the WebPage keeps it.
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Jomar Villanueva", "@id": f"{base}/#/schema/person/a1"},
                "headline": title,
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "articleSection": ["Balita"],
                "inLanguage": "tl",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} | Balita Ngayon",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2023-07-24T06:05:12+00:00",
                "dateModified": "2023-07-24T07:30:45+00:00",
                "inLanguage": "tl",
            },
            {
                "@type": "ImageObject",
                "@id": f"{url}#primaryimage",
                "url": img,
                "width": 1200,
                "height": 675,
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "Balita Ngayon",
                "publisher": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Balita Ngayon",
                "url": base,
            },
            {"@type": "Person", "@id": f"{base}/#/schema/person/a1", "name": "Jomar Villanueva"},
        ],
    }
    basahin = headlines(rng, "tl", 2)
    fb = '<div class="fb-post" data-href="https://www.facebook.com/DAgovph/posts/pfbid0abc123" data-width="500" data-show-text="true"><blockquote cite="https://www.facebook.com/DAgovph/posts/pfbid0abc123" class="fb-xfbml-parse-ignore"><p>PRICE MONITORING: Narito ang pinakabagong presyo ng bigas sa mga pamilihan sa Metro Manila ngayong Lunes.</p>Posted by <a href="https://www.facebook.com/DAgovph">Department of Agriculture</a> on&nbsp;<a href="https://www.facebook.com/DAgovph/posts/pfbid0abc123">Monday, July 24, 2023</a></blockquote></div>'
    pull = '<blockquote class="td_quote_box td_box_center"><p>\u201cHindi naman tumataas ang kita namin.\u201d</p></blockquote>'
    inserts = {
        1: f'<p><strong>BASAHIN: <a href="{base}/2023/07/{rng.randint(10, 23)}/{slug(basahin[0])}/">{esc(basahin[0])}</a></strong></p>',
        2: fb,
        4: pull,
        5: f'<p><strong>BASAHIN: <a href="{base}/2023/07/{rng.randint(10, 23)}/{slug(basahin[1])}/">{esc(basahin[1])}</a></strong></p>',
    }
    body_html = render(items, lambda s: f"<p>{s}</p>", inserts=inserts)
    head = "\n".join(
        [
            f"<title>{esc(title)} | Balita Ngayon</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<link rel="canonical" href="{url}">',
            f'<meta property="og:title" content="{attr(title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:image" content="{img}">',
            '<meta property="og:site_name" content="Balita Ngayon">',
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>',
            "<style id='td-theme-inline-css'>" + css(rng, 520, "td") + "</style>",
            '<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ajax_url = "https:\\/\\/balitangayon.ph\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.4"; var td_viewport_interval_list = [{"limitBottom":767,"sidebarWidth":228},{"limitBottom":1018,"sidebarWidth":300}];</script>',
            gtm("GTM-NB3XK7"),
        ]
    )
    body = f"""<body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout">
{gtm_noscript("GTM-NB3XK7")}
<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-header-top-menu"><div class="td_data_time"><div>Lunes, Hulyo 24, 2023</div></div></div></div><div class="td-banner-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><span class="td-visual-hidden">Balita Ngayon</span></a></div></div>
<div class="td-header-menu-wrap-full">{mega_menu(rng, "tl", base, 14, (6, 16), "sf-menu")}</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{base}/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="{base}/category/balita/">Balita</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<article id="post-201934" class="post-201934 post type-post status-publish format-standard has-post-thumbnail category-balita">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{base}/category/balita/">Balita</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Ni</div> <a href="{base}/author/jomar/">Jomar Villanueva</a><div class="td-author-line"> - </div></div><span class="td-post-date">Hulyo 24, 2023 @ 2:05 PM</span><div class="td-post-views"><span class="td-nr-views-201934">1,284</span></div></div></header></div>
<div class="td-post-sharing-top">{share_bar("tl", url, title, "td-social-sharing-buttons")}</div>
<div class="td-post-featured-image"><figure><img src="{img}" alt="bigas"><figcaption class="wp-caption-text">Mga mamimili ng bigas sa isang palengke sa Quezon City. (Kuha ni Rey Dizon)</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body_html}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{"".join(f'<li><a href="{base}/tag/{slug(x)}/">{esc(x)}</a></li>' for x in ["bigas", "DA", "presyo", "palengke"])}</ul></div>
<div class="author-box-wrap"><a href="{base}/author/jomar/"><img alt="" src="{base}/wp-content/uploads/avatar-jomar.jpg" class="avatar" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/jomar/">Jomar Villanueva</a></span></div><div class="td-author-description">Si Jomar ay sumusulat tungkol sa ekonomiya at agrikultura para sa Balita Ngayon mula 2018.</div></div></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">KAUGNAY NA BALITA</a><a class="td-related-right">MULA SA MAY-AKDA</a></h4>{link_list(rng, "tl", base, d, 6, "td-related-row", style="plain", with_img=True)}</div>
<div class="comments" id="comments"><div id="disqus_thread"></div><script>var disqus_config = function () {{ this.page.url = "{url}"; this.page.identifier = "201934 {base}/?p=201934"; }};</script></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>PINAKABASA</span></h4>{link_list(rng, "tl", base, d, 10, "td-popular", style="plain", with_time=lambda x: f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{x.isoformat()}">{TL_MONTHS[x.month - 1]} {x.day}, {x.year}</time></span>')}</div></div></div></div></div></div>
{footer(rng, "tl", base, "Balita Ngayon", 2023, 4, "td-footer")}
</div>
{vendor_js(rng, 50)}
</body>"""
    return name, page_shell("tl", head, body), expected(name, title, d, items)


# =========================================================================== main


def main():
    names = set()
    for build in PAGES:
        name, doc, answer = build()
        if name in names:
            raise SystemExit(f"duplicate page name {name}")
        names.add(name)
        data = doc if isinstance(doc, bytes) else doc.encode("utf-8")
        (HERE / f"{name}.html").write_bytes(data)
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(answer, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(names)} pages to {HERE}")  # noqa: T201


if __name__ == "__main__":
    main()
