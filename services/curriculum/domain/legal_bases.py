"""The legal bases the Rayong ESA 2 sandbox manual names for sandbox pilot schools
(หนังสืออ้างอิง/กฎหมายที่เกี่ยวข้อง), and which of them make a step of a school's own work that
Nithet records.

Four make records a school keeps: donations received and spent, the general subsidy for
innovation, the budget spent on textbooks, learning media and databases, and credit transfers
between a pilot school and other schools. The others are carried by other steps: the Act
itself by the whole case, the achievement-assessment criteria by the competency assessments,
internal quality assurance by the SAR (supervision), the achievement policy by no record.
"""

from __future__ import annotations

from enum import StrEnum


class LegalBasis(StrEnum):
    SANDBOX_ACT = "sandbox_act"
    ACHIEVEMENT_ASSESSMENT = "achievement_assessment"
    QUALITY_ASSURANCE = "quality_assurance"
    DONATIONS = "donations"
    INNOVATION_SUBSIDY = "innovation_subsidy"
    LEARNING_MATERIALS = "learning_materials"
    ACHIEVEMENT_POLICY = "achievement_policy"
    CREDIT_TRANSFER = "credit_transfer"


POLICY_COMMITTEE_TH = "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา"

# The instrument's Thai title (as the manual names it) and an English gloss.
LEGAL_BASES: dict[LegalBasis, tuple[str, str]] = {
    LegalBasis.SANDBOX_ACT: (
        "พระราชบัญญัติพื้นที่นวัตกรรมการศึกษา พ.ศ. ๒๕๖๒",
        "Education Sandbox Act B.E. 2562",
    ),
    LegalBasis.ACHIEVEMENT_ASSESSMENT: (
        f"ประกาศ{POLICY_COMMITTEE_TH} เรื่อง หลักเกณฑ์การประเมินผลสัมฤทธิ์ทางการศึกษาของผู้เรียน"
        "ในสถานศึกษานำร่อง พ.ศ. ๒๕๖๔",
        "Criteria for assessing learners' achievement in pilot schools (2564)",
    ),
    LegalBasis.QUALITY_ASSURANCE: (
        f"ประกาศ{POLICY_COMMITTEE_TH} เรื่อง หลักเกณฑ์และวิธีการประกันคุณภาพการศึกษาภายใน"
        "สถานศึกษาของสถานศึกษานำร่อง พ.ศ. ๒๕๖๔",
        "Internal quality assurance of pilot schools (2564)",
    ),
    LegalBasis.DONATIONS: (
        f"ระเบียบ{POLICY_COMMITTEE_TH}ว่าด้วยการรับและการใช้จ่ายเงินหรือทรัพย์สินที่มีผู้บริจาค"
        "เพื่อการศึกษาให้แก่สถานศึกษานำร่อง พ.ศ. ๒๕๖๔",
        "Receiving and spending donations to pilot schools (2564)",
    ),
    LegalBasis.INNOVATION_SUBSIDY: (
        f"ประกาศ{POLICY_COMMITTEE_TH} เรื่อง หลักเกณฑ์และวิธีการจัดสรรเงินอุดหนุนทั่วไป"
        "เพื่อพัฒนานวัตกรรมการศึกษา พ.ศ. ๒๕๖๖",
        "The general subsidy for developing educational innovation (2566)",
    ),
    LegalBasis.LEARNING_MATERIALS: (
        "แนวปฏิบัติในการใช้เงินงบประมาณที่ได้รับจัดสรรในการจัดทำ คัดเลือก หรือใช้ตำรา "
        "สื่อการเรียนการสอน หรือฐานข้อมูลในระบบเทคโนโลยีสารสนเทศ ของสถานศึกษานำร่อง",
        "Spending budget on textbooks, learning media and databases",
    ),
    LegalBasis.ACHIEVEMENT_POLICY: (
        f"ประกาศ{POLICY_COMMITTEE_TH} เรื่อง นโยบายการยกระดับผลสัมฤทธิ์ทางการศึกษาของผู้เรียนในสถานศึกษานำร่อง",
        "Policy for raising learners' achievement in pilot schools",
    ),
    LegalBasis.CREDIT_TRANSFER: (
        f"ประกาศ{POLICY_COMMITTEE_TH} เรื่อง แนวปฏิบัติเกี่ยวกับการเทียบโอนผลการเรียนและ"
        "การเทียบวุฒิการศึกษาของผู้เรียนระหว่างสถานศึกษานำร่องและสถานศึกษาอื่น พ.ศ. ๒๕๖๔",
        "Credit transfer between pilot schools and other schools (2564)",
    ),
}

# The bases a pilot school keeps records under, and whether only its director records them
# (money: the director answers for it) or any of its staff.
RECORDED: dict[LegalBasis, bool] = {
    LegalBasis.DONATIONS: True,
    LegalBasis.INNOVATION_SUBSIDY: True,
    LegalBasis.LEARNING_MATERIALS: True,
    LegalBasis.CREDIT_TRANSFER: False,
}


class DonationKind(StrEnum):
    CASH = "cash"
    PROPERTY = "property"


class MaterialKind(StrEnum):
    TEXTBOOKS = "textbooks"
    LEARNING_MEDIA = "learning_media"
    DATABASE = "database"


MATERIAL_KINDS = {
    MaterialKind.TEXTBOOKS: ("ตำรา/หนังสือเรียน", "Textbooks"),
    MaterialKind.LEARNING_MEDIA: ("สื่อการเรียนการสอน", "Learning media"),
    MaterialKind.DATABASE: ("ฐานข้อมูลในระบบเทคโนโลยีสารสนเทศ", "Databases"),
}


class TransferDirection(StrEnum):
    IN = "in"  # a learner's results from another school are recognised here
    OUT = "out"  # this school's results are recognised by another school
