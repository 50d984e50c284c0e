// The words of supervision work in both languages (codes are the supervision service's).

import { t, define } from "../core/i18n.js";

define({
  "mode.on_site": ["นิเทศ ณ สถานศึกษา", "On site"],
  "mode.online": ["นิเทศออนไลน์", "Online"],
  "mode.plc": ["ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)", "Professional learning community (PLC)"],
  "policy.obec": ["นโยบาย สพฐ.", "OBEC policy"],
  "policy.esa": ["นโยบายสำนักงานเขตพื้นที่การศึกษา", "ESA policy"],
  "policy.stem_coding": ["STEM / Coding / วิทยาการคำนวณ", "STEM / coding"],
  "policy.dltv": ["การจัดการศึกษาทางไกลผ่านดาวเทียม (DLTV)", "Distance learning TV (DLTV)"],
  "policy.competency": ["การจัดการเรียนรู้ฐานสมรรถนะ", "Competency-based learning"],
  "policy.anti_corruption": ["หลักสูตรต้านทุจริตศึกษา", "Anti-corruption curriculum"],
  "policy.media_technology": ["สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา", "Media, innovation and technology"],
  "policy.quality_4q": ["โรงเรียนคุณภาพ 4Q", "4Q quality school"],
  "policy.one_district_one_school": ["โรงเรียน 1 อำเภอ 1 โรงเรียนคุณภาพ", "One district, one quality school"],
  "policy.sufficiency_economy": ["โครงการเศรษฐกิจพอเพียง", "Sufficiency economy"],
  "policy.multiple_intelligences": ["พหุปัญญา / วัดแววความสามารถ", "Multiple intelligences"],
  "policy.other": ["อื่น ๆ", "Other"],
  "level.excellent": ["ดีเยี่ยม", "Excellent"],
  "level.good": ["ดี", "Good"],
  "level.fair": ["พอใช้", "Fair"],
  "level.improve": ["ปรับปรุง", "Needs improvement"],
  "outcome.done": ["ดำเนินการแล้ว", "Done"],
  "outcome.in_progress": ["อยู่ระหว่างดำเนินการ", "In progress"],
  "outcome.not_done": ["ยังไม่ดำเนินการ", "Not done"],
  "vstatus.pending": ["รอโรงเรียนรับทราบ", "Awaiting the school"],
  "vstatus.acknowledged": ["โรงเรียนรับทราบแล้ว", "Acknowledged"],
  "vstatus.disputed": ["โรงเรียนโต้แย้ง", "Disputed"],
  "dim.student": ["นักเรียนคุณภาพ", "Quality student"],
  "dim.teacher": ["ครูคุณภาพ", "Quality teacher"],
  "dim.classroom": ["ห้องเรียนคุณภาพ", "Quality classroom"],
  "dim.director": ["ผู้อำนวยการคุณภาพ", "Quality director"],
  "dim.management": ["การบริหารจัดการคุณภาพ", "Quality management"],
});

export const MODES = ["on_site", "online", "plc"];
export const POLICIES = ["obec", "esa", "stem_coding", "dltv", "competency", "anti_corruption",
  "media_technology", "quality_4q", "one_district_one_school", "sufficiency_economy",
  "multiple_intelligences", "other"];
export const LEVELS = ["excellent", "good", "fair", "improve"];
export const OUTCOMES = ["done", "in_progress", "not_done"];
export const DIMENSIONS = ["student", "teacher", "classroom", "director", "management"];

export const options = (codes, prefix) => codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));

/** The standard classroom-observation rubric an ESA may publish with one click. */
export const STANDARD_RUBRIC = {
  id: "classroom",
  title: "แบบสังเกตการจัดการเรียนรู้ในชั้นเรียน",
  indicators: [
    { indicator_id: "plan", title_th: "การออกแบบและเตรียมการจัดการเรียนรู้" },
    { indicator_id: "activity", title_th: "การจัดกิจกรรมการเรียนรู้ที่เน้นผู้เรียนเป็นสำคัญ" },
    { indicator_id: "media", title_th: "การใช้สื่อ นวัตกรรม และเทคโนโลยี" },
    { indicator_id: "assessment", title_th: "การวัดและประเมินผลตามสภาพจริง" },
    { indicator_id: "climate", title_th: "บรรยากาศและการบริหารจัดการชั้นเรียน" },
  ],
};
