// The words of competency-based practice in both languages (codes are the curriculum
// service's): learning areas, grades, coaching team roles, forum formats, assessment tools,
// learning products, verdicts on lesson plans, and the legal bases of sandbox schools.

import { define, t } from "../core/i18n.js";
import "./curriculum-terms.js";

define({
  "area.thai": ["ภาษาไทย", "Thai language"],
  "area.mathematics": ["คณิตศาสตร์", "Mathematics"],
  "area.science": ["วิทยาศาสตร์และเทคโนโลยี", "Science and technology"],
  "area.social": ["สังคมศึกษา ศาสนาและวัฒนธรรม", "Social studies, religion and culture"],
  "area.health_pe": ["สุขศึกษาและพลศึกษา", "Health and physical education"],
  "area.arts": ["ศิลปะ", "Arts"],
  "area.career": ["การงานอาชีพ", "Occupations"],
  "area.foreign_languages": ["ภาษาต่างประเทศ", "Foreign languages"],
  "area.local_studies": ["สาระท้องถิ่น (Rayong MARCO)", "Local strand (Rayong MARCO)"],
  "area.integrated": ["หน่วยการเรียนรู้บูรณาการ", "Integrated unit"],
  "trole.leader": ["หัวหน้าทีมโค้ช", "Team leader"],
  "trole.coach": ["โค้ช", "Coach"],
  "trole.secretary": ["เลขานุการทีมโค้ช", "Team secretary"],
  "fformat.onsite": ["จัด ณ สถานที่", "On site"],
  "fformat.online": ["ออนไลน์", "Online"],
  "fformat.hybrid": ["ผสมผสาน (ออนไซต์และออนไลน์)", "Hybrid"],
  "tool.rubric": ["เกณฑ์การประเมินแบบรูบริก", "Rubric"],
  "tool.observation": ["แบบสังเกตพฤติกรรม", "Observation form"],
  "tool.performance_task": ["แบบประเมินภาระงาน/การปฏิบัติ", "Performance task"],
  "tool.portfolio": ["แฟ้มสะสมผลงาน", "Portfolio"],
  "tool.test": ["แบบทดสอบ", "Test"],
  "tool.self_assessment": ["แบบประเมินตนเอง", "Self-assessment"],
  "tool.peer_assessment": ["แบบประเมินโดยเพื่อน", "Peer assessment"],
  "tool.interview": ["แบบสัมภาษณ์", "Interview"],
  "product.work_piece": ["ชิ้นงาน", "Work piece"],
  "product.project": ["โครงงาน", "Project"],
  "product.presentation": ["การนำเสนอ", "Presentation"],
  "product.performance": ["การแสดง/การปฏิบัติ", "Performance"],
  "product.innovation": ["นวัตกรรม/สิ่งประดิษฐ์", "Innovation or invention"],
  "product.report": ["รายงาน", "Report"],
  "product.digital_media": ["สื่อ/ผลงานดิจิทัล", "Digital media"],
  "verdict.ready": ["พร้อมนำไปใช้จัดการเรียนรู้", "Ready to teach with"],
  "verdict.revise": ["ควรปรับปรุงก่อนนำไปใช้", "Revise before teaching with it"],
  "basis.donations": ["เงินหรือทรัพย์สินที่มีผู้บริจาค", "Donations"],
  "basis.innovation_subsidy": ["เงินอุดหนุนทั่วไปเพื่อพัฒนานวัตกรรมการศึกษา", "Innovation subsidy"],
  "basis.learning_materials": ["งบประมาณตำรา สื่อการเรียนการสอน ฐานข้อมูล", "Learning materials"],
  "basis.credit_transfer": ["การเทียบโอนผลการเรียน", "Credit transfer"],
  "practice.teacher": ["ครูผู้สอน", "Teacher"],
  "practice.subject": ["กลุ่มสาระการเรียนรู้", "Learning area"],
  "practice.grade": ["ระดับชั้น", "Grade"],
  "practice.competencies": ["สมรรถนะที่มุ่งพัฒนา", "Competencies aimed at"],
  "practice.title": ["ชื่อ", "Title"],
  "practice.school": ["โรงเรียน", "School"],
  "practice.none": ["ยังไม่มี", "None yet"],
});

export const AREAS = ["thai", "mathematics", "science", "social", "health_pe", "arts", "career", "foreign_languages", "local_studies", "integrated"];
export const GRADE_CODES = ["k1", "k2", "k3", "p1", "p2", "p3", "p4", "p5", "p6", "m1", "m2", "m3", "m4", "m5", "m6"];
export const TEAM_ROLES = ["leader", "coach", "secretary"];
export const FORMATS = ["onsite", "online", "hybrid"];
export const TOOL_KINDS = ["rubric", "observation", "performance_task", "portfolio", "test", "self_assessment", "peer_assessment", "interview"];
export const PRODUCT_KINDS = ["work_piece", "project", "presentation", "performance", "innovation", "report", "digital_media"];

const STAGE_NAMES = { k: ["อนุบาล ", "Kindergarten "], p: ["ป.", "Primary "], m: ["ม.", "Secondary "] };
define(Object.fromEntries(GRADE_CODES.map((g) => [`pgrade.${g}`, STAGE_NAMES[g[0]].map((s) => `${s}${g.slice(1)}`)])));

/** ป.4, ม.1, อนุบาล 2 (Primary 4 ...). */
export const gradeLabel = (code) => t(`pgrade.${code}`);

export const options = (codes, prefix) => codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
export const gradeOptions = () => GRADE_CODES.map((g) => ({ value: g, label: gradeLabel(g) }));
