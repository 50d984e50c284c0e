// The words of the needs process in both languages (codes are the needs service's, labels as
// its vocabulary gives them): categories, learning areas, grade levels, service kinds.

import { t, define } from "../core/i18n.js";

export const CATEGORIES = ["media", "innovation", "technology"];
export const SUBJECTS = ["thai", "mathematics", "science", "social", "health", "arts", "careers", "foreign_languages", "activities", "general"];
export const GRADES = ["k1", "k2", "k3", "p1", "p2", "p3", "p4", "p5", "p6", "m1", "m2", "m3", "m4", "m5", "m6"];

define({
  "cat.media": ["สื่อการเรียนรู้", "Learning media"],
  "cat.innovation": ["นวัตกรรมการศึกษา", "Educational innovation"],
  "cat.technology": ["เทคโนโลยีทางการศึกษา", "Educational technology"],
  "subject.thai": ["ภาษาไทย", "Thai language"],
  "subject.mathematics": ["คณิตศาสตร์", "Mathematics"],
  "subject.science": ["วิทยาศาสตร์และเทคโนโลยี", "Science and technology"],
  "subject.social": ["สังคมศึกษา ศาสนา และวัฒนธรรม", "Social studies, religion and culture"],
  "subject.health": ["สุขศึกษาและพลศึกษา", "Health and physical education"],
  "subject.arts": ["ศิลปะ", "Arts"],
  "subject.careers": ["การงานอาชีพ", "Occupations"],
  "subject.foreign_languages": ["ภาษาต่างประเทศ", "Foreign languages"],
  "subject.activities": ["กิจกรรมพัฒนาผู้เรียน", "Learner development activities"],
  "subject.general": ["ทุกกลุ่มสาระการเรียนรู้", "All learning areas"],
  "subject.unknown": ["กลุ่มสาระอื่น", "Another learning area"],
  "category.unknown": ["ด้านอื่น", "Another category"],
  ...Object.fromEntries(GRADES.map((g) => [`grade.${g}`, [`${{ k: "อ.", p: "ป.", m: "ม." }[g[0]]}${g.slice(1)}`, `${{ k: "K", p: "P", m: "M" }[g[0]]}${g.slice(1)}`]])),
});

/** Labels for codes that may come from a newer vocabulary than this app knows. */
export const subjectLabel = (code) => (SUBJECTS.includes(code) ? t(`subject.${code}`) : t("subject.unknown"));
export const categoryLabel = (code) => (CATEGORIES.includes(code) ? t(`cat.${code}`) : t("category.unknown"));
