"""Thailand's 77 provinces (จังหวัด): Nithet's code, ISO 3166-2 code, Thai and English names.

Nithet's province code is the Royal Thai General System name in lower-case ASCII letters
without spaces (`loei`, `nakhonratchasima`): it begins every ESA code of the province
(`loei-3`). Reference data in every mode: the directory serves it (`GET /v1/reference/
provinces`) and an administrator registers a province from it when its first ESA joins.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThaiProvince:
    code: str
    iso_code: str
    name_th: str
    name_en: str


_ROWS = """\
bangkok|10|กรุงเทพมหานคร|Bangkok
samutprakan|11|สมุทรปราการ|Samut Prakan
nonthaburi|12|นนทบุรี|Nonthaburi
pathumthani|13|ปทุมธานี|Pathum Thani
phranakhonsiayutthaya|14|พระนครศรีอยุธยา|Phra Nakhon Si Ayutthaya
angthong|15|อ่างทอง|Ang Thong
lopburi|16|ลพบุรี|Lopburi
singburi|17|สิงห์บุรี|Sing Buri
chainat|18|ชัยนาท|Chai Nat
saraburi|19|สระบุรี|Saraburi
chonburi|20|ชลบุรี|Chonburi
rayong|21|ระยอง|Rayong
chanthaburi|22|จันทบุรี|Chanthaburi
trat|23|ตราด|Trat
chachoengsao|24|ฉะเชิงเทรา|Chachoengsao
prachinburi|25|ปราจีนบุรี|Prachinburi
nakhonnayok|26|นครนายก|Nakhon Nayok
sakaeo|27|สระแก้ว|Sa Kaeo
nakhonratchasima|30|นครราชสีมา|Nakhon Ratchasima
buriram|31|บุรีรัมย์|Buriram
surin|32|สุรินทร์|Surin
sisaket|33|ศรีสะเกษ|Sisaket
ubonratchathani|34|อุบลราชธานี|Ubon Ratchathani
yasothon|35|ยโสธร|Yasothon
chaiyaphum|36|ชัยภูมิ|Chaiyaphum
amnatcharoen|37|อำนาจเจริญ|Amnat Charoen
buengkan|38|บึงกาฬ|Bueng Kan
nongbualamphu|39|หนองบัวลำภู|Nong Bua Lamphu
khonkaen|40|ขอนแก่น|Khon Kaen
udonthani|41|อุดรธานี|Udon Thani
loei|42|เลย|Loei
nongkhai|43|หนองคาย|Nong Khai
mahasarakham|44|มหาสารคาม|Maha Sarakham
roiet|45|ร้อยเอ็ด|Roi Et
kalasin|46|กาฬสินธุ์|Kalasin
sakonnakhon|47|สกลนคร|Sakon Nakhon
nakhonphanom|48|นครพนม|Nakhon Phanom
mukdahan|49|มุกดาหาร|Mukdahan
chiangmai|50|เชียงใหม่|Chiang Mai
lamphun|51|ลำพูน|Lamphun
lampang|52|ลำปาง|Lampang
uttaradit|53|อุตรดิตถ์|Uttaradit
phrae|54|แพร่|Phrae
nan|55|น่าน|Nan
phayao|56|พะเยา|Phayao
chiangrai|57|เชียงราย|Chiang Rai
maehongson|58|แม่ฮ่องสอน|Mae Hong Son
nakhonsawan|60|นครสวรรค์|Nakhon Sawan
uthaithani|61|อุทัยธานี|Uthai Thani
kamphaengphet|62|กำแพงเพชร|Kamphaeng Phet
tak|63|ตาก|Tak
sukhothai|64|สุโขทัย|Sukhothai
phitsanulok|65|พิษณุโลก|Phitsanulok
phichit|66|พิจิตร|Phichit
phetchabun|67|เพชรบูรณ์|Phetchabun
ratchaburi|70|ราชบุรี|Ratchaburi
kanchanaburi|71|กาญจนบุรี|Kanchanaburi
suphanburi|72|สุพรรณบุรี|Suphan Buri
nakhonpathom|73|นครปฐม|Nakhon Pathom
samutsakhon|74|สมุทรสาคร|Samut Sakhon
samutsongkhram|75|สมุทรสงคราม|Samut Songkhram
phetchaburi|76|เพชรบุรี|Phetchaburi
prachuapkhirikhan|77|ประจวบคีรีขันธ์|Prachuap Khiri Khan
nakhonsithammarat|80|นครศรีธรรมราช|Nakhon Si Thammarat
krabi|81|กระบี่|Krabi
phangnga|82|พังงา|Phang Nga
phuket|83|ภูเก็ต|Phuket
suratthani|84|สุราษฎร์ธานี|Surat Thani
ranong|85|ระนอง|Ranong
chumphon|86|ชุมพร|Chumphon
songkhla|90|สงขลา|Songkhla
satun|91|สตูล|Satun
trang|92|ตรัง|Trang
phatthalung|93|พัทลุง|Phatthalung
pattani|94|ปัตตานี|Pattani
yala|95|ยะลา|Yala
narathiwat|96|นราธิวาส|Narathiwat
"""

THAI_PROVINCES: tuple[ThaiProvince, ...] = tuple(
    ThaiProvince(code, f"TH-{number}", th, en)
    for code, number, th, en in (line.split("|") for line in _ROWS.splitlines())
)
PROVINCE_BY_CODE = {p.code: p for p in THAI_PROVINCES}
