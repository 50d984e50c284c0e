// The words of curriculum cases in both languages (codes are the curriculum service's).

import { define } from "../core/i18n.js";

define({
  "stage.draft": ["โรงเรียนกำลังจัดทำ", "Being prepared by the school"],
  "stage.screening": ["รอการกลั่นกรองของคณะอนุกรรมการวิชาการ", "Screening by the subcommittee"],
  "stage.provincial_review": ["รอการพิจารณาของคณะกรรมการขับเคลื่อนฯ จังหวัด", "With the provincial driving committee"],
  "stage.national_review": ["รอการพิจารณาของคณะกรรมการนโยบายฯ", "With the national policy committee"],
  "stage.returned": ["ส่งกลับให้โรงเรียนปรับปรุง", "Sent back to the school"],
  "stage.approved": ["ได้รับความเห็นชอบ", "Approved"],
  "stage.rejected": ["ไม่ได้รับความเห็นชอบ", "Rejected"],
  "stage.withdrawn": ["โรงเรียนถอนเรื่อง", "Withdrawn"],
  "committee.academic_subcommittee": ["คณะอนุกรรมการวิชาการ", "Academic subcommittee"],
  "committee.driving_committee": ["คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด", "Provincial sandbox driving committee"],
  "committee.policy_committee": ["คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา", "National sandbox policy committee"],
  "outcome.pass": ["ผ่านการกลั่นกรอง", "Pass"],
  "outcome.send_back": ["ส่งกลับให้ปรับปรุง", "Send back"],
  "outcome.approve": ["ให้ความเห็นชอบ", "Approve"],
  "outcome.reject": ["ไม่ให้ความเห็นชอบ", "Reject"],
  "outcome.forward": ["เห็นชอบและเสนอคณะกรรมการนโยบายฯ", "Endorse and forward to the policy committee"],
  "group.parents": ["ผู้ปกครอง", "Parents"],
  "group.community": ["ชุมชนและผู้นำชุมชน", "Community and its leaders"],
  "group.local_government": ["องค์กรปกครองส่วนท้องถิ่น", "Local government"],
  "group.private_sector": ["ภาคเอกชนและสถานประกอบการ", "Private sector and employers"],
  "group.civil_society": ["ภาคประชาสังคมและสถาบันศาสนา", "Civil society and religious institutions"],
  "group.academia": ["สถาบันการศึกษาและนักวิชาการ", "Academic institutions and scholars"],
  "comp.self_management": ["การจัดการตนเอง", "Self-management"],
  "comp.higher_order_thinking": ["การคิดขั้นสูง", "Higher-order thinking"],
  "comp.communication": ["การสื่อสาร", "Communication"],
  "comp.teamwork": ["การรวมพลังทำงานเป็นทีม", "Teamwork and collaboration"],
  "comp.active_citizenship": ["การเป็นพลเมืองที่เข้มแข็ง", "Active citizenship"],
  "comp.sustainable_living": ["การอยู่ร่วมกับธรรมชาติและวิทยาการอย่างยั่งยืน", "Living sustainably with nature and science"],
  "clevel.beginning": ["เริ่มต้น", "Beginning"],
  "clevel.developing": ["กำลังพัฒนา", "Developing"],
  "clevel.proficient": ["ชำนาญ", "Proficient"],
  "clevel.advanced": ["เชี่ยวชาญ", "Advanced"],
  "ctype.2": ["ประเภทที่ 2", "Type 2"],
  "ctype.3": ["ประเภทที่ 3", "Type 3"],
});

export const STAGES = ["draft", "screening", "provincial_review", "national_review", "returned", "approved", "rejected", "withdrawn"];
export const GROUPS = ["parents", "community", "local_government", "private_sector", "civil_society", "academia"];
export const COMPETENCIES = ["self_management", "higher_order_thinking", "communication", "teamwork", "active_citizenship", "sustainable_living"];
export const CLEVELS = ["beginning", "developing", "proficient", "advanced"];
/** The outcomes each committee may decide, and the API path of its decision. */
export const COMMITTEE_DECISIONS = {
  academic_subcommittee: { path: "screening", outcomes: ["pass", "send_back"] },
  driving_committee: { path: "provincial-decision", outcomes: ["approve", "reject", "forward", "send_back"] },
  policy_committee: { path: "national-decision", outcomes: ["approve", "reject", "send_back"] },
};

define({
  "outcome.passed": ["ผ่านการกลั่นกรอง", "Passed"],
  "outcome.sent_back": ["ส่งกลับให้ปรับปรุง", "Sent back"],
  "outcome.forwarded": ["เห็นชอบและเสนอต่อ", "Forwarded"],
  "outcome.approved": ["ให้ความเห็นชอบ", "Approved"],
  "outcome.rejected": ["ไม่ให้ความเห็นชอบ", "Rejected"],
  "outcome.reversed": ["กลับมติ", "Reversed"],
});
