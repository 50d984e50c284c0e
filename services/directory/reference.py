"""Demo data: two provinces, five ESAs, their clusters, schools, people and their roles.

The Na Haeo cluster (กลุ่มโรงเรียนนาแห้ว) of Loei ESA 3 holds the 14 schools named in the Loei
ESA 3 supervisors' manual. School codes follow OBEC's 10-digit shape (10 + province code +
serial) but are illustrative. Every person is fictional. The directory registers all of it at
start in development and test only (`NITHET_DEMO_DATA`, never in production), once; the CLI
reads it to mint development tokens offline. Thailand's provinces are in
services.directory.provinces.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Province:
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class Esa:
    code: str
    province: str
    name_th: str
    name_en: str
    short_th: str


@dataclass(frozen=True)
class Cluster:
    code: str
    esa: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class School:
    code: str
    name_th: str
    name_en: str
    cluster: str
    esa: str
    district_th: str
    sandbox_pilot: bool = False


@dataclass(frozen=True)
class Person:
    id: str
    name_th: str
    name_en: str
    position_th: str
    grants: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)  # role, level, scope


PROVINCES = [
    Province("loei", "เลย", "Loei"),
    Province("rayong", "ระยอง", "Rayong"),
]


def _esa(province: Province, n: int) -> Esa:
    return Esa(
        code=f"{province.code}-{n}",
        province=province.code,
        name_th=f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษา{province.name_th} เขต {n}",
        name_en=f"{province.name_en} Primary Educational Service Area Office {n}",
        short_th=f"สพป.{province.name_th} เขต {n}",
    )


ESAS = [_esa(PROVINCES[0], n) for n in (1, 2, 3)] + [_esa(PROVINCES[1], n) for n in (1, 2)]

CLUSTERS = [
    Cluster("loei-1-mueang", "loei-1", "กลุ่มโรงเรียนเมืองเลย", "Mueang Loei cluster"),
    Cluster("loei-1-wangsaphung", "loei-1", "กลุ่มโรงเรียนวังสะพุง", "Wang Saphung cluster"),
    Cluster("loei-2-phukradueng", "loei-2", "กลุ่มโรงเรียนภูกระดึง", "Phu Kradueng cluster"),
    Cluster("loei-2-phuluang", "loei-2", "กลุ่มโรงเรียนภูหลวง", "Phu Luang cluster"),
    Cluster("loei-3-nahaeo", "loei-3", "กลุ่มโรงเรียนนาแห้ว", "Na Haeo cluster"),
    Cluster("loei-3-dansai", "loei-3", "กลุ่มโรงเรียนด่านซ้าย", "Dan Sai cluster"),
    Cluster("rayong-1-mueang", "rayong-1", "กลุ่มโรงเรียนเมืองระยอง", "Mueang Rayong cluster"),
    Cluster("rayong-1-banchang", "rayong-1", "กลุ่มโรงเรียนบ้านฉาง", "Ban Chang cluster"),
    Cluster("rayong-2-klaeng", "rayong-2", "กลุ่มโรงเรียนแกลง", "Klaeng cluster"),
    Cluster("rayong-2-wangchan", "rayong-2", "กลุ่มโรงเรียนวังจันทร์", "Wang Chan cluster"),
]

NA_HAEO = [
    ("โรงเรียนบ้านนาแห้ว", "Ban Na Haeo School"),
    ("โรงเรียนบ้านกลาง", "Ban Klang School"),
    ("โรงเรียนชุมชนบ้านนาพึง", "Chumchon Ban Na Phueng School"),
    ("โรงเรียนบ้านนามาลาหัวดำนฯ", "Ban Na Mala Hua Dam School"),
    ("โรงเรียนบ้านโคก", "Ban Khok School"),
    ("โรงเรียนบ้านหนองหวาย", "Ban Nong Wai School"),
    ("โรงเรียนบ้านชำทอง", "Ban Cham Thong School"),
    ("โรงเรียนบ้านเหมืองแพร่", "Ban Mueang Phrae School"),
    ("โรงเรียนบ้านแสงภา", "Ban Saeng Pha School"),
    ("โรงเรียนบ้านนาเจริญ", "Ban Na Charoen School"),
    ("โรงเรียนบ้านนาผักก้าม", "Ban Na Phak Kam School"),
    ("โรงเรียนบ้านเหล่ากอหก", "Ban Lao Ko Hok School"),
    ("โรงเรียนบ้านนาถึง", "Ban Na Thueng School"),
    ("โรงเรียนห้วยน้ำฝัก", "Huai Nam Fak School"),
]

_OTHERS = {
    "loei-1-mueang": [
        ("โรงเรียนบ้านนาอ้อ", "Ban Na O School", "เมืองเลย"),
        ("โรงเรียนบ้านกกดู่", "Ban Kok Du School", "เมืองเลย"),
        ("โรงเรียนบ้านน้ำภู", "Ban Nam Phu School", "เมืองเลย"),
    ],
    "loei-1-wangsaphung": [
        ("โรงเรียนบ้านผาน้อย", "Ban Pha Noi School", "วังสะพุง"),
        ("โรงเรียนบ้านโนนสว่าง", "Ban Non Sawang School", "วังสะพุง"),
        ("โรงเรียนบ้านหนองงิ้ว", "Ban Nong Ngio School", "วังสะพุง"),
    ],
    "loei-2-phukradueng": [
        ("โรงเรียนบ้านศรีฐาน", "Ban Si Than School", "ภูกระดึง"),
        ("โรงเรียนบ้านห้วยส้ม", "Ban Huai Som School", "ภูกระดึง"),
        ("โรงเรียนบ้านผานกเค้า", "Ban Pha Nok Khao School", "ภูกระดึง"),
    ],
    "loei-2-phuluang": [
        ("โรงเรียนบ้านแก่งศรีภูมิ", "Ban Kaeng Si Phum School", "ภูหลวง"),
        ("โรงเรียนบ้านหนองคัน", "Ban Nong Khan School", "ภูหลวง"),
    ],
    "loei-3-dansai": [
        ("โรงเรียนบ้านด่านซ้าย", "Ban Dan Sai School", "ด่านซ้าย"),
        ("โรงเรียนบ้านนาหอ", "Ban Na Ho School", "ด่านซ้าย"),
        ("โรงเรียนบ้านโป่ง", "Ban Pong School", "ด่านซ้าย"),
    ],
    "rayong-1-mueang": [
        ("โรงเรียนบ้านเพ", "Ban Phe School", "เมืองระยอง"),
        ("โรงเรียนบ้านตะพง", "Ban Taphong School", "เมืองระยอง"),
        ("โรงเรียนบ้านห้วยโป่ง", "Ban Huai Pong School", "เมืองระยอง"),
    ],
    "rayong-1-banchang": [
        ("โรงเรียนบ้านพลา", "Ban Phla School", "บ้านฉาง"),
        ("โรงเรียนบ้านสำนักท้อน", "Ban Samnak Thon School", "บ้านฉาง"),
        ("โรงเรียนบ้านหนองสะพาน", "Ban Nong Saphan School", "บ้านฉาง"),
    ],
    "rayong-2-klaeng": [
        ("โรงเรียนบ้านทางเกวียน", "Ban Thang Kwian School", "แกลง"),
        ("โรงเรียนบ้านกร่ำ", "Ban Kram School", "แกลง"),
        ("โรงเรียนบ้านเนินฆ้อ", "Ban Noen Kho School", "แกลง"),
    ],
    "rayong-2-wangchan": [
        ("โรงเรียนบ้านป่ายุบใน", "Ban Pa Yup Nai School", "วังจันทร์"),
        ("โรงเรียนบ้านชุมแสง", "Ban Chum Saeng School", "วังจันทร์"),
    ],
}

# Sandbox pilot schools (สถานศึกษานำร่อง) of the Rayong education sandbox.
SANDBOX = {"1021070101", "1021070102", "1021080101", "1021080102", "1021090101"}


def _schools() -> list[School]:
    schools = [
        School(f"10420601{n:02d}", th, en, "loei-3-nahaeo", "loei-3", "นาแห้ว")
        for n, (th, en) in enumerate(NA_HAEO, start=1)
    ]
    province_digits = {"loei": "42", "rayong": "21"}
    for index, cluster in enumerate(CLUSTERS):
        if cluster.code not in _OTHERS:
            continue
        prefix = f"10{province_digits[cluster.esa.split('-')[0]]}{index:02d}01"
        for n, (th, en, district) in enumerate(_OTHERS[cluster.code], start=1):
            code = f"{prefix}{n:02d}"
            schools.append(
                School(code, th, en, cluster.code, cluster.esa, district, code in SANDBOX)
            )
    return schools


SCHOOLS = _schools()
SCHOOL_BY_CODE = {s.code: s for s in SCHOOLS}
ESA_BY_CODE = {e.code: e for e in ESAS}
CLUSTER_BY_CODE = {c.code: c for c in CLUSTERS}

PEOPLE = [
    Person(
        "malee.jaidee",
        "นางสาวมาลี ใจดี",
        "Malee Jaidee",
        "ศึกษานิเทศก์ชำนาญการ",
        (("supervisor", "esa", "loei-3"),),
    ),
    Person(
        "somchai.rakrian",
        "นายสมชาย รักเรียน",
        "Somchai Rakrian",
        "ศึกษานิเทศก์",
        (("supervisor", "esa", "loei-1"),),
    ),
    Person(
        "wanida.saengthong",
        "นางวนิดา แสงทอง",
        "Wanida Saengthong",
        "ศึกษานิเทศก์ชำนาญการพิเศษ",
        (("supervisor", "esa", "rayong-2"),),
    ),
    Person(
        "prasert.mankhong",
        "นายประเสริฐ มั่นคง",
        "Prasert Mankhong",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        (("esa_director", "esa", "loei-3"),),
    ),
    Person(
        "kanya.sukjai",
        "นางกัญญา สุขใจ",
        "Kanya Sukjai",
        "ผู้อำนวยการโรงเรียน",
        (("school_director", "school", "1042060101"),),
    ),
    Person(
        "anan.thongdee",
        "นายอนันต์ ทองดี",
        "Anan Thongdee",
        "ครู",
        (("school_staff", "school", "1042060102"),),
    ),
    Person(
        "pimchanok.rungrueang",
        "นางพิมพ์ชนก รุ่งเรือง",
        "Pimchanok Rungrueang",
        "ผู้อำนวยการโรงเรียน",
        (("school_director", "school", "1021080101"),),
    ),
    Person(
        "chaiwat.phromma",
        "นายชัยวัฒน์ พรหมมา",
        "Chaiwat Phromma",
        "ศึกษาธิการจังหวัดเลย",
        (("provincial_officer", "province", "loei"),),
    ),
    Person(
        "suda.kaewmanee",
        "นางสุดา แก้วมณี",
        "Suda Kaewmanee",
        "ศึกษาธิการจังหวัดระยอง",
        (("provincial_officer", "province", "rayong"),),
    ),
    Person(
        "narong.wichai",
        "นายณรงค์ วิชัย",
        "Narong Wichai",
        "อนุกรรมการวิชาการ",
        (("academic_subcommittee", "province", "rayong"),),
    ),
    Person(
        "ratana.srisuk",
        "นางรัตนา ศรีสุข",
        "Ratana Srisuk",
        "กรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษา",
        (("driving_committee", "province", "rayong"),),
    ),
    Person(
        "thawatchai.boonmee",
        "นายธวัชชัย บุญมี",
        "Thawatchai Boonmee",
        "กรรมการนโยบายพื้นที่นวัตกรรมการศึกษา",
        (("policy_committee", "nation", "th"),),
    ),
    Person(
        "sirirat.phonchai",
        "นางสิริรัตน์ พลชัย",
        "Sirirat Phonchai",
        "ผู้ดูแลระบบ สพป.เลย เขต 3",
        (("admin", "esa", "loei-3"),),
    ),
    Person("admin", "ผู้ดูแลระบบ", "Platform administrator", "ผู้ดูแลระบบ", (("admin", "nation", "th"),)),
]
PERSON_BY_ID = {p.id: p for p in PEOPLE}
