"""Topics with reasons, the Hong Kong flag, and Hong Kong Traditional titles."""

from __future__ import annotations

import pytest

from extractors.tagging import tag, to_hk_traditional


def test_topics_keep_the_matched_terms() -> None:
    t = tag("关于支持香港投资者来鄂投资的若干措施", "鼓励港资企业参与重大项目，优化营商环境。")
    assert set(t.topics) == {"investment", "hk_macao_gba"}  # (营商环境 once in the body: a passing mention)
    assert t.reasons["hk_macao_gba"] == ["香港", "港资"] and "重大项目" in t.reasons["investment"]
    assert t.hk_relevant and "港资" in t.hk_terms


def test_emergency_notice_is_tagged_and_unrelated_text_is_not() -> None:
    assert tag("湖北省防汛抗旱应急预案", "做好突发事件预警").topics == ("emergency_public_safety",)
    none = tag("关于开展全民健身活动的通知", "各地要组织好群众体育活动。")
    assert none.topics == () and not none.hk_relevant


REPORT = ("受市人民政府委托，现将2024年预算执行情况和2025年预算草案提请市人民代表大会审议。" + "全年一般公共预算收入完成预算。" * 40
          + "统筹做好防汛救灾和应急管理，支持粤港澳大湾区建设，外商及港澳台商投资企业增加值增长5.0%。" + "各项支出保障有力。" * 40)


@pytest.mark.parametrize("title,body,emergency,hk", [
    # what a notice is about, from 139 hand-labelled real notices (session 25): a passing mention in a long report
    # is no topic; the title, or an opening the topic's words fill, is
    ("关于2024年预算执行情况和2025年预算草案的报告", REPORT, False, False),
    ("关于做好近期工作的通知", "各县市区人民政府：近日我市持续强降雨，防汛形势严峻。各地要立即启动防汛应急响应，转移安置受威胁群众，"
     "做好山洪、泥石流等灾害防范。", True, False),
    # words holding a term that mean something else: an issuer, a loan, a road, a street, a statistical category
    ("海南省应急管理厅（本级）2021年度单位决算", "海南省应急管理厅（本级）2021年度单位决算 目录 第一部分 概况", False, False),
    ("泸州市人民政府办公室关于印发《泸州市产业发展应急转贷资金管理办法》的通知", "各区县人民政府：现印发给你们。", False, False),
    ("武汉市民朋友注意！建设大道香港路路口本月恢复通行", "封闭施工8个月后，香港路建设大道至惠济路段要恢复通车了。", False, False),
    ("实时更新｜湖北风雪来袭 这些高速路段实施临时交通管制", "京港澳高速湖北北段路况：因气温下降，道路结冰严重。", True, False),
    ("2025年某某市国民经济和社会发展统计公报", "规模以上工业中，外商及港澳台商投资企业增加值增长5.0%。" + "全年经济运行稳中有进。" * 30,
     False, False),
    # the words real emergency notices use: a fire ban, an accident, an outbreak
    ("九江市人民政府禁火令", "近期，我市干旱少雨天气持续发展，森林火险等级居高不下。", True, False),
    ("湖北十堰“6·13”燃气爆炸事故调查报告公布", "事故调查组认定，这起重大燃气爆炸事故是一起重大生产安全责任事故。", True, False),
    # (a fourth review) the words weather, epidemic and safety notices use (强降雨, 低温雨雪, 登革热, 危险化学品…), and
    # 赴港 for Hong Kong; a street (澳门路) and an airport zone (临空港商务区) are no Hong Kong
    ("关于做好近期强降雨防范工作的通知", "各市、州、县人民政府：据气象部门预报，我省将出现强降雨过程，请做好排涝和人员转移工作。", True, False),
    ("关于做好登革热防控工作的通知", "近期我省出现登革热输入病例，各地要做好疫情监测。", True, False),
    ("湖北省应急管理厅关于开展全省危险化学品安全专项整治的通知", "各市、州应急管理局：现就有关事项通知如下。", True, False),
    ("关于印发湖北省支持企业赴港上市若干措施的通知", "支持企业利用香港资本市场融资。", False, True),
    ("武汉澳门路改造工程完工", "澳门路全线恢复通行。", False, False),
    ("临空港商务区招商推介会举行", "临空港商务区推介重点项目。", False, False),
    # (a fifth review) ordinary notices holding a weather or safety word; the words flood-year notices use
    ("湖北省人社厅等四部门关于调整夏季高温津贴标准的通知", "各市、州人社局：现就调整高温津贴标准通知如下。", False, False),
    ("关于申报2024年冷链物流低温仓储设施建设补助资金的通知", "各市、州商务局：现组织申报。", False, False),
    ("关于下达2024年动物防疫等补助经费的通知", "各市、州财政局：现下达动物防疫等补助经费。", False, False),
    ("关于组织企业赴港口开展安全检查的通知", "各有关企业：现组织赴港口检查。", False, False),
    ("关于全力做好抗洪抢险救灾工作的紧急通知", "各市、州、县人民政府：当前防洪形势十分严峻。", True, False),
    ("关于开展危化品安全风险集中治理的通知", "各市、州应急管理局：现部署集中治理。", True, False),
    ("驻武汉办设电话专线协助当地港人", "因应新型冠状病毒最新发展，特区政府驻武汉经济贸易办事处将与当地港人保持紧密联系。"
     "驻武汉办至今未有接获港人有关新型冠状病毒的求助。", True, True),
])
def test_a_notice_is_tagged_by_what_it_is_about(title: str, body: str, emergency: bool, hk: bool) -> None:
    t = tag(title, body)
    assert ("emergency_public_safety" in t.topics, t.hk_relevant) == (emergency, hk), t


def test_title_in_hong_kong_traditional() -> None:
    assert to_hk_traditional("湖北省人民政府办公厅关于优化营商环境的实施方案") == "湖北省人民政府辦公廳關於優化營商環境的實施方案"
