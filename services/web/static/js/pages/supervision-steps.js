// The pages of the manuals' later supervision steps, registered together: the province's SAR
// cycle and supervision committee, an ESA's 4Q drive, honoured teachers, the partnership
// summary; and the labels of their figures in the dashboards' supervision section.

import { define } from "../core/i18n.js";
import * as provinceSar from "./province-sar.js";
import * as provinceSupervision from "./province-supervision.js";
import * as qualityDrive from "./quality-drive.js";
import * as teacherHonours from "./teacher-honours.js";
import * as partnershipSummary from "./partnership-summary.js";

define({
  "sv.fig.quality_drive.teams": ["แต่งตั้งคณะทำงานขับเคลื่อน 4Q", "Driving teams appointed"],
  "sv.fig.quality_drive.baselines": ["โรงเรียนที่มีข้อมูลสภาพปัจจุบัน", "Schools with a baseline"],
  "sv.fig.quality_drive.progress_reports": ["รายงานความก้าวหน้า ก.ต.ป.น.", "Progress reports"],
  "sv.fig.quality_drive.schools_needing_help": ["โรงเรียนที่ต้องช่วยเหลือเร่งด่วน", "Schools needing urgent help"],
  "sv.fig.quality_drive.exchanges": ["กิจกรรมแลกเปลี่ยนเรียนรู้", "Good-practice exchanges"],
  "sv.fig.quality_drive.carried_forward": ["นำผลไปวางแผนปีถัดไป", "Carried into next year"],
  "sv.fig.teacher_honours.teachers": ["ครูที่ได้รับการยกย่อง", "Teachers honoured"],
  "sv.fig.partnership_reports.reported": ["รายงานสรุปความร่วมมือ", "Partnership summaries"],
  "sv.fig.province_sar.synthesis_included": ["SAR เขตที่จังหวัดสังเคราะห์", "ESA syntheses in the province's"],
  "sv.fig.province_sar.synthesis_approved": ["SAR เขตที่จังหวัดเห็นชอบ", "ESA syntheses approved"],
  "sv.fig.province_sar.committee_schools": ["โรงเรียนที่คณะกรรมการนิเทศจังหวัดช่วยเหลือ", "Schools the province's committee helps"],
});

export const routes = [provinceSar, provinceSupervision, qualityDrive, teacherHonours, partnershipSummary]
  .flatMap((page) => page.routes);
