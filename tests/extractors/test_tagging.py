"""Topics with reasons, the Hong Kong flag, and Hong Kong Traditional titles."""

from __future__ import annotations

from extractors.tagging import tag, to_hk_traditional


def test_topics_keep_the_matched_terms() -> None:
    t = tag("关于支持香港投资者来鄂投资的若干措施", "鼓励港资企业参与重大项目，优化营商环境。")
    assert set(t.topics) == {"investment", "hk_macao_gba", "business_environment"}
    assert "香港" in t.reasons["hk_macao_gba"] and "营商环境" in t.reasons["business_environment"]
    assert t.hk_relevant and "港资" in t.hk_terms


def test_emergency_notice_is_tagged_and_unrelated_text_is_not() -> None:
    assert tag("湖北省防汛抗旱应急预案", "做好突发事件预警").topics == ("emergency_public_safety",)
    none = tag("关于开展全民健身活动的通知", "各地要组织好群众体育活动。")
    assert none.topics == () and not none.hk_relevant


def test_title_in_hong_kong_traditional() -> None:
    assert to_hk_traditional("湖北省人民政府办公厅关于优化营商环境的实施方案") == "湖北省人民政府辦公廳關於優化營商環境的實施方案"
