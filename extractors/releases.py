"""Text to indicators: statistics bureau communiqués and monthly releases, as published.

Pure: text in, observations out. Each sentence (split on 。；) is split into clauses. A clause yields a
figure only when its subject, at the head of the clause once period and scope words are stripped, is
a catalogue indicator standing on its own (not the first half of a longer term such as 出口交货值 or
第三产业投资), or when the clause continues the subject just named (`其中，进口2195.4亿元，增长3.7%`).
Growth counts as year-on-year only on a base a year earlier; shares come from 占…比重 statements and
三次产业结构 ratios; footnotes and scope definitions yield nothing. Each release's figures are then
checked against each other (sectors sum to GDP, trade parts to the total, per-resident figures to
level ÷ population): a figure that fails is rejected with its reason, never loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from typing import Any
from urllib.parse import urlsplit

from common import provinces
from common.records import Observation, ParseError
from extractors import catalogue
from extractors.cn_text import to_nfkc
from extractors.release_tables import Table, tables_in
from extractors.release_tables import figures as table_figures

# every registered province's short name; the other province-level regions tell a page about them apart
PROVINCES = {p.zh: p.code for p in provinces.provinces()}
OTHER_PROVINCES = ("香港", "澳门", "台湾")
# a clause ending in a province's name (…的浙江省,): the figures after it are that province's (the release's own
# province is taken out of each line before its clauses are read)
_TOPIC_ENDS = tuple(name + suffix for name in (*PROVINCES, *OTHER_PROVINCES)
                    for suffix in ("", "省", "市", "自治区", "特别行政区"))  # (a cheap look before the pattern)
_TOPIC_LAST = frozenset(end[-1] for end in _TOPIC_ENDS)  # (cheaper still: the last character)
_PLACE_HEAD = 16  # how far into a clause its lead words and a place opening it reach
_TOPIC_TAIL = 9  # the longest 的+name+suffix (的黑龙江省, 的香港特别行政区); a clause this short may be the name alone
_ANY_PROVINCE = re.compile("|".join((*PROVINCES, *OTHER_PROVINCES)))
_PROVINCE_TOPIC = re.compile("(?:^|的)(?:" + "|".join((*PROVINCES, *OTHER_PROVINCES))
                             + ")(?:省|市|自治区|特别行政区)?$")
UNIT_RE = r"(" + "|".join(sorted((re.escape(u) for u in catalogue.UNIT_FACTORS), key=len, reverse=True)) + r")"
NUM = r"-?\d+(?:\.\d+)?"
UP = ("增长", "上涨", "提高", "增加", "上升", "加快", "回升", "扩大", "增产", "微增")
DOWN = ("下降", "回落", "减少", "下滑", "降低", "收窄", "减产", "微降")
# bases that mean "on a year earlier"; an explicit year is checked against the period's year
YOY_BASE = re.compile(r"(比上年同期|比上年末|比上年底|比上年|同比|比去年同期|比去年|较上年|较去年|"
                      r"[与同和](?:上|去)年(?:同期)?相比|比(\d{4})年(?:同期)?)")
# bases that are not a year earlier: the figure after them is never yoy
OTHER_BASE = re.compile(r"(环比|[比较](?:今年)?年初|高于全国|低于全国|比全国|快于全国|慢于全国|两年平均|"
                        r"三年平均|年均|比一季度|比上半年|比前三季度|比1-\d+月|比上月|较上月|比全省|比\d{4}年末|"
                        r"比“十[一-九]五”|比\d{4}年前|较\d{4}年下降|比\d{4}-\d{4}|"
                        # (a month or quarter before: 比9月份, 与9月份相比, 较9月, 比上季度, 较二季度; not 比去年10月)
                        r"[比较]\d{1,2}月|与\d{1,2}月份?末?相比|[比较]上一?季度|"
                        r"[比较][一二三四]季度)")
# terms that begin with a catalogue alias but name something else; checked before the alias
NEGATIVE = ("出口退税", "出口信用", "出口企业", "进口博览", "第一产业用电", "第二产业用电", "第三产业用电",
            "第一产业就业", "第二产业就业", "第三产业就业", "第一产业从业", "第二产业从业", "第三产业从业",
            "高技术制造业投资", "装备制造业投资", "汽车类", "汽车零售", "汽车制造", "手机类", "原煤消费",
            "工业增加值率", "生产总值能耗", "地区生产总值指数", "实际使用外资项目")
# words after an alias that keep it the subject; any other character means the alias was a modifier
FOLLOW = re.compile(r"(?:\d(?!\d*[GgＧ])|[\-(（、和与及]|$|"  # (移动电话4G用户 is a part)
                    r"比|同比|环比|较|增长|增加(?!值)|下降|减少|上涨|回落|提高|降低|加快|回升|持平|为|是|达|"
                    r"突破|超过|首次|实现|完成|共(?![建享同])|累计|合计|总计|约|分别|增速|增幅|增长率|涨幅|降幅|占|总额|总量|产量|"
                    r"余额|规模|的|中$|中方|按|扣除|继续|稳定|稳步|稳中|快速|较快|大幅|明显|保持|由|连续|居|排|位|已|在|平均|仍|亦|也|则|净|年末|全年|"
                    r"上年|当年|人数|总数|数量|增(?!加值)|降|涨|微|水平|均值|平均值|修订|核实|核定|[，,。；;]|\[|［|"
                    r"(?:再|屡|又)?创(?:历史|新高|同期|年内|近\d*年|阶段性))")  # (进出口总值创历史新高; not 创造, 创新)
# what may stand before a subject at the head of a clause
LEAD = re.compile(r"^(?:(?:共有|拥有|有(?![效线])|(?:各级)?各类|各种运输方式|"
                  r"\d{4}年(?:末|底|初(?!步)|度)?|全年|本年|今年(?=上半年|前|第?[一二三四]季度|\d)|年末|年底|年初|全省|我省|本省|省|全市|本市|我市|"
                  # the release's own province is removed from each line before this (see `own` in extract);
                  # another province at the head of a clause makes it that province's figure, never ours
                  r"其中|另外|此外|同时|(?:社会|备受|广受)关注的|(?:据|经|根据)?初步(?:核算|测算)|据统计|统计快报显示|根据.{0,12}结果|"
                  # (据海关统计，…; 记者从武汉海关获悉，…: who says it, not a subject)
                  r"据[^，,。]{1,10}统计|记者[^，,。]{0,14}获悉|[^，,。]{0,12}数据显示|"
                  # (武汉海关副关长廖华东介绍，…: a speaker)
                  r"[^，,。\d]{2,20}?(?:介绍|表示|指出|透露|提到|公布)(?=$|[，,：:])|"
                  # (长沙海关10月17日消息称，…; 人民网郑州10月18日电(记者…) …: a report's source and dateline)
                  r"[^，,。]{2,24}?(?:消息称|发布消息|消息|获悉|报道)(?=$|[，,：:])|"
                  r"因此|所以|总之|总的来看|综合来看|(?:总体|整体)(?:来看|上看|看|上|而言)|"
                  r"[^，,。\s]{0,12}\d{1,2}月\d{1,2}日电(?:\([^()]{0,20}\))?\s*|"
                  r"按(?![^，,]{0,10}汇率).{0,10}(?:计算|统计|分|看)|从.{0,8}看|分.{0,6}看|累计|共|合计|总计|实现|完成|全年共|投入(?=研究与试验发展|R&D|研发)|"
                  r"上半年|前三季度|[一二三四]季度|第[一二三四]季度|\d{1,2}(?:月份?)?[-—~～至]\d{1,2}月份?|前\d{1,2}个?月份?|"
                  r"\d{1,2}月份?(?:末|底|当月|单月)?|"
                  r"[1１]-\d{1,2}月|截至.{0,10}(?:末|底)|到.{0,6}(?:末|底)|当年|年内|规模以上工业中|"
                  r"规上工业中|分产业看|分行业看)[的]?)+")
# a period named as a comparison base (比一季度, 较上年末, 比1-5月, 高于上半年): not the clause's own period
_BASE_PERIOD = (r"(?:[1１](?:月份?)?[-—~～至]\d{1,2}月份?|前\d{1,2}个?月|\d{1,2}月份?|[一二三四]季度|第[一二三四]季度|"
                r"上半年|前三季度|年末|年底|年初|上年末|上年底|去年末|去年底|\d{4}年末|\d{4}年底)")
# (and each base listed after it: 较上半年、一季度分别加快)
COMPARED = re.compile(r"(?:比|较|高于|低于|快于|慢于|与)(?:上年|去年|今年|\d{4}年)?(?:同期)?" + _BASE_PERIOD
                      + r"(?:[、和]" + _BASE_PERIOD + r")*")
# a clause carrying on the subject just named starts with one of these
CONTINUE = re.compile(r"^(?:[与同和](?:上|去)年(?:同期)?相比|"
                      r"比|同比|较|增长|下降|上涨|回落|增加|减少|提高|降低|加快|放缓|回升|持平|增速|增幅|涨幅|降幅|"
                      r"增收|减收|增支|减支|增长率|占|为|是|达|达到|突破|超过|总量|规模(?!以上|工业)|名义|实际(?=增长|下降|增速|增幅)|可比(?=增长|下降)|折合|折算|增产|减产|微增|微降|-?\d+(?:\.\d+)?(?![A-Za-z\d.]|[\u4e00-\u9fa5]{0,3}以上|\s*[-—~～至]\s*\d+\s*岁|\s*岁)|按|扣除(?=价格因素|物价因素)|扭转|连续|继续|保持|实现|完成|分别)")
# the notes section at the end (definitions, methods, sources): nothing after it is a figure
_CAPTION = 30  # a source line no longer than this is a table's or chart's caption, not the notes section
FOOTNOTE_START = re.compile(r"^(?:\[\d+\]|［\d+］)?(?:注释|附注|资料来源|数据来源)\s*\d*\s*[:：]?")
# a note paragraph between sections (注：快递业务增速按可比口径计算): that paragraph only
NOTE_LINE = re.compile(r"^(?:\[\d+\]|［\d+］)?(?:注|说明|备注)\s*\d*\s*[:：]|^注$")
# …that heads the notes section: alone, or opening a numbered list of notes (注：1.本公报2025年数据为初步统计数…)
_NOTES_HEAD = re.compile(r"^(?:注|说明|备注)\s*(?:[:：]\s*)?(?:$|[1１一①][.．、\s])")
# a sentence framed as averages over years (从两年平均增速看，…; 按两年平均计算，…): its changes are not on a year
# earlier, whatever its clauses say, up to a part past a semicolon that says 同比
_AVERAGE_WORDS = re.compile(r"[两三四五六七八九十几多]年(?:平均|年均)|年均")  # (not 全国平均水平)
_EARLIER_YEAR_LEAD = re.compile(r"(?:[^，,。]{0,12}[，,])?(?:[与同和]|相较于|对比|较)(?:[^，,。\d]{0,5}的)?(\d{4})年"
                                 r"(?:末|底|同期)?(?:相比较?|比较?)?[，,]")
_AVERAGED = re.compile(r"^(?:[^，,。；;]{0,12}[，,])?[^，,。；;]{0,8}[两三四五几多]年(?:平均|年均)[^，,。；;]{0,8}"
                       r"(?:看|来看|计算|测算)[，,]")
SCOPE = re.compile(r"(统计范围|统计口径|统计起点|起点标准|起点为|调查范围|指标解释|计算方法|口径调整|按新口径)")
THRESHOLD = re.compile(NUM + r"(?:万元|亿元|万人|人|个|万吨|吨)(?:及|或)(?:以上|以下)|" + NUM + r"万元以上(?=固定资产)"
                       r"|" + NUM + r"%(?:及|或)?(?:以上|以下)")  # (保持增速14.0%以上: a floor, not the growth)
STRUCTURE = re.compile(r"(?:三次产业|产业)(?:的)?(?:增加值占(?:地区)?生产总值(?:的)?)?(?:结构|比例|构成|比重|占比)")
RATIO = re.compile(r"(\d+(?:\.\d+)?)∶(\d+(?:\.\d+)?)∶(\d+(?:\.\d+)?)")
SUB_PROVINCIAL = re.compile(r"[\u4e00-\u9fa5]{1,10}?(?:市|县|区|自治州|州|盟|旗|镇|乡|开发区|新区)$")
# points between a stated growth and the growth two stated levels imply (revisions move levels a little)
GROWTH_TOLERANCE = 10.0
# growth bands for headline series: a figure outside is a misreading, not news (GDP's is wide enough for Hubei's
# first quarters of 2020 and 2021: -39.2% and +58.3%, its sectors' -48.2%)
HEADLINE_GROWTH = {"gdp": (-50, 70), "income": (-20, 30), "prices": (-20, 30),
                   # (producer prices swing with coal: Shanxi's PPI rose 38.5% in Dec 2021)
                   "ppi": (-40, 60), "ppirm": (-40, 60)}


@dataclass
class ReleaseStats:
    clauses: int = 0
    used: int = 0
    skipped: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    conflict_keys: set[tuple[str, str, str, bool]] = field(default_factory=set)
    rejected: list[tuple[Observation, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Period:
    year: int
    label: str  # "", "Q1".."Q4", "01".."12"
    cumulative: bool

    def key(self) -> str:
        return f"{self.year}-{self.label}" if self.label else str(self.year)


@dataclass(frozen=True)
class Figure:
    indicator: str
    measure: str
    value: float
    unit: str
    name: str  # the indicator's name as printed
    year: int | None = None  # a figure for another year than the clause's (由2023年的…)


# a subject per head (每千人口, 城镇居民家庭平均每百户, 千人口床位数, 千人拥有…, 每10万人口; not 千人以上规模景区,
# 千万人口城市, or a standard further on: 最低标准提高到每人每月213元, 普及率为每百人110部)
_PER_HEAD = re.compile(r"(?:城乡居民|城镇居民|农村居民|居民)?(?:家庭)?(?:平均)?(?:"
                       r"每(?:十万|千|万|百|10万|1万|1000|100)?(?:常住|老年)?(?:人口|人|户|名)|"
                       r"(?<![百千万])(?:十万|千|万|百|10万|1万|1000|100)(?:常住|老年)?人口?(?!以上|以下|次|口以上))")
_RATES = ("%", "‰", "个百分点")
# an area's GDP stated as the subject of its figure (not 每十亿元地区生产总值发明专利…)
_AREA_GDP = re.compile(r"(?:地区)?(?:生产总值|GDP)(?:\(GDP\))?(?:(?:为|达到|达)?" + NUM + r"(?:万亿元|亿元|万元)"
                       r"|(?:同比|比上年)?(?:增长|下降)" + NUM + "%)")
# what names an area before its GDP (民族自治地方, 县域, 成都平原经济区, 武汉城市圈): 海洋生产总值 names a sector
_AREA_WORD = re.compile(r"地方|地区|自治|县域|市|县|州|盟|旗|经济区|城市圈|经济带|城市群|新区|开发区|港区|实验区|"
                        r"试验区|示范区|自贸区|园区|合作区")
# an area no region of the catalogue is (not 市, 县, 地区: the release's own place may be one)
_DISTINCT_AREA = re.compile(r"县域|经济区|城市圈|都市圈|经济带|城市群|经济体|新区|开发区|港区|实验区|试验区|示范区|"
                            r"自贸区|园区|合作区")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]")  # a communiqué's numbered section heading
# (not 一、二、三次产业增加值分别增长 3.5%: three sectors, a space before the figure)
_HEADING_RUN = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.](?![一二三四五六七八九十][、.])([^\s\d，,。；;]{1,20})"
                          r"[\s\u3000]+(?=[^\s\d]|\d{4}年)")
# an unnumbered heading run into its section's first line (财政支出 全年一般公共预算支出…, 人口 年末全县…): only
# words a communiqué's headings are made of, so a subject split by a space (城镇常住居民 人均…) is never one
_HEADING_WORDS = (r"(?:综合|国民经济|经济|农业|林业|畜牧业|渔业|农林牧渔业|工业|建筑业|服务业|国内贸易|商贸|贸易|消费|"
                  r"市场|价格|物价|固定资产投资|投资|房地产|对外经济|开放型经济|对外开放|对外贸易|利用外资|交通|运输|邮电|"
                  r"邮政|电信|通信|旅游|财政|金融|保险|证券|收入|支出|教育|科学技术|科技|文化|卫生|健康|体育|人口|人民生活|"
                  r"居民生活|居民收入|生活|社会保障|社会事业|资源|环境|生态|安全生产|城市建设|城乡建设|基础设施|能源|就业|民生|"
                  r"[、和与及])+")
_HEADING_PLAIN = re.compile(r"\s*(" + _HEADING_WORDS + r")[\s\u3000]+(?=[^\s\d]|\d{4}年)")
# …and a numbered one glued to its first line, copied from a PDF (二、农业全年农林牧渔业总产值…)
_HEADING_GLUED = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.](" + _HEADING_WORDS + r")(?=[\u4e00-\u9fa5\d])")
# a list item's number (1、, 2., (3), （4）), not a figure, a decimal nor a list of months (1、2月份)
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）])\s*")
_ITEM_OPENERS = frozenset("0123456789(（ ")
# a heading naming an area (十四、县域经济, 十、浦东新区): GDP as its section's first words is that area's
_HEADING_AREA = re.compile(r"县域|自治|地方|区域|经济区|城市圈|都市圈|经济带|城市群|新区|开发区|港区|实验区|试验区|"
                           r"示范区|自贸区|园区|合作区|[市县州盟旗]$")
_SUPERSCRIPT = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079\u2460-\u2473]+")  # (and ①…⑳ note marks)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SPACE = re.compile(r"\s+")
# (and a note's number in brackets inside a name: 规模以上工业(3)增加值, 规模以上工业增加值【4】增长9.7%)
_FOOTNOTE_REF = re.compile(r"\[\d{1,2}\]|〔\d{1,2}〕|【\d{1,2}】|\(注\d*\)|"
                           r"(?<=[\u4e00-\u9fa5])\(\d\)(?=[\u4e00-\u9fa5])")
_RATIO_COLON = re.compile(r"(?<=\d)\s*[:：∶]\s*(?=\d)")
_RATIO_NAMED = re.compile(r"(结构|比例|构成|占比)[:：](?=\d+(?:\.\d+)?\s*[:：∶])")


def normalise(text: str) -> str:
    """Full-width digits and punctuation to ASCII, minus signs, thousands commas, spaces, ratio colons."""
    return _tidy(_fold(text))


def _fold(text: str) -> str:
    """normalise's character rules (superscripts out, NFKC), which read a text as they read each of its
    lines: a long text is folded once, not line by line."""
    # superscript footnote marks would glue onto a number once NFKC turns them into digits
    text = _SUPERSCRIPT.sub("", text)
    text = text.replace("\ufe30", "∶")  # ︰ (vertical two-dot leader) in ratios; NFKC makes it ".."
    text = to_nfkc(text)
    if "季度" in text:  # (前3季度, 1-3季度, 第1季度: the quarters as the rules read them, in Chinese numerals)
        text = _QUARTER_DIGIT.sub(lambda m: "前三季度" if m.group(1) else "一二三四"[int(m.group(2)) - 1] + "季度",
                                  text)
    return text


_QUARTER_DIGIT = re.compile(r"(?<![\d.])(?<!连续)(?:(1[-—~～至]3)|(?<![-—~～至])([1-4]))季度")
# a line ending in a number whose unit opens the next line, the figure going on (…2191.55\n亿元，较上年…)
_UNIT_BROKEN = re.compile(r"(?<=\d)[ \t\u3000]*\n\s*(?=(?:" + UNIT_RE[1:-1] + r")"
                          r"(?:[，,；;。(（]|$|同比|环比|比|较|增长|下降|上涨|回落))")


# 全省规模以上工业(以下简称“全省工业”): a short name the release gives what the words before it name
_ABBREVIATION = re.compile(r"([\u4e00-\u9fa5]{2,24})\((?:以下)?简称[“\"「']?([\u4e00-\u9fa5]{2,10})[”\"」']?\)")


def _abbreviated(text: str) -> str:
    """The text with each short name it defines written out (全省工业 -> 全省规模以上工业) and the note itself
    taken out; the short name stands for the words before the note from its first two characters on (全省…),
    where those words read as a catalogue figure (全省工业增加值; not 全省工业投资, 全省工业用电量)."""
    if "简称" not in text:
        return text
    for m in list(_ABBREVIATION.finditer(text)):
        text = text.replace(m.group(0), m.group(1), 1)
        words, short = m.group(1), m.group(2)
        if (at := words.rfind(short[:2])) >= 0 and short not in words:
            long, parts = words[at:], text.split(short)
            text = parts[0] + "".join((long if head_indicator(_INNER_VERB.sub("", long + part[:14])) else short) + part
                                      for part in parts[1:])
    return text


def _without_name(line: str, name: str, scope: str) -> str:
    """The line without a name of the release's own place; where the name opens a clause, after its period or
    not (上半年湖北规模以上工业…), `scope` (全省) stands in its place."""
    parts = line.split(name)
    return parts[0] + "".join((scope if before[-1:] in _CLAUSE_ENDS or _PERIOD_OPENS.search(before) else "") + part
                              for before, part in zip(parts, parts[1:], strict=False))


_KIND_AS_WHOLE = ("示范区", "新区")  # an area the title names by its kind: the kind word alone names it again
_CLAUSE_ENDS = ("", "，", ",", "。", "；", ";", "：", ":", " ", "\n")
_PERIOD_OPENS = re.compile(r"(?:^|[，,。；;：:\s])(?:\d{4}年|(?:[1１][-—~～至])?\d{1,2}月份?|上半年|下半年|前三季度|"
                           r"第?[一二三四]季度|全年|今年|年末|年底|其中|而|同期|同时)+$")  # (…，其中山西原煤产量…)


_BROKEN_NUMBER = re.compile(r"(?<![\d.])\d{4,} \d{1,2}(?![\d.])\s*(?:万亿|亿|万)?元")
# a number spoken in 万 and 亿 (5万3230.99亿元: 53230.99亿元, not 3230.99亿元)
_WAN_YI = re.compile(r"(?<![\d.])(\d{1,4})万(?=\d{4}(?:\.\d+)?亿)")


def _tidy(t: str) -> str:
    """normalise's rules for a line already folded."""
    t = t.replace("\u2212", "-").replace("\u2013", "-")  # (NFKC has made NBSP a space already)
    # (each rule only on a line holding the character it needs)
    if "," in t:
        t = _THOUSANDS.sub("", t)  # thousands separators
    if " " in t:
        t = _BROKEN_NUMBER.sub("", t)  # (28927 96亿元: a decimal point lost, which figure cannot be told)
    t = _SPACE.sub("", t)  # Chinese prose needs no spaces; Henan puts them around numbers
    if "万" in t and "亿" in t:
        t = _WAN_YI.sub(r"\1", t)
    if "[" in t or "〔" in t or "(" in t or "【" in t:
        t = _FOOTNOTE_REF.sub("", t)  # footnote references: [1] 〔2〕
    # a ratio a:b:c keeps its colons out of the clause split, and so does its name's (三次产业结构：15.5：32.5：52.0)
    if ":" in t or "：" in t or "∶" in t:
        return _RATIO_COLON.sub("∶", _RATIO_NAMED.sub(r"\1为", t))
    return t


@cache
def _aliases() -> dict[str, tuple[str, str]]:
    """Normalised alias -> (indicator id, name as the catalogue spells it)."""
    table: dict[str, tuple[str, str]] = {}
    for ind in catalogue.indicators().values():
        for alias in (ind.zh, *ind.aliases):
            table[normalise(alias)] = (ind.id, alias)
    for key, value in list(table.items()):
        # a sentence loses the verb inside its subject (`_INNER_VERB`): so does the name it is looked up by
        table.setdefault(_INNER_VERB.sub("", key), value)
    for key, value in list(table.items()):
        if key.startswith("规模以上"):
            table.setdefault("规上" + key[4:], value)  # (规上工业企业营业收入: the short form releases write too)
    return table


@cache
def _alias_lengths() -> dict[str, tuple[int, ...]]:
    """First character -> the lengths of the aliases that start with it, longest first: the longest alias
    a clause starts with is found in a few lookups (an alternation of 500 aliases tries them one by one)."""
    lengths: dict[str, set[int]] = {}
    for alias in _aliases():
        lengths.setdefault(alias[0], set()).add(len(alias))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


@lru_cache(maxsize=8192)  # pure; a clause's lead is asked for by several rules
def strip_lead(clause: str) -> tuple[str, int]:
    """The clause without its leading period and scope words, and how much was cut."""
    m = LEAD.match(clause)
    return (clause[m.end():], m.end()) if m else (clause, 0)


def _led_by(clause: str, words: tuple[str, ...]) -> bool:
    """Whether the clause's leading period and scope words name one of `words` (1-10月，全省…: 全省)."""
    return (m := LEAD.match(clause)) is not None and any(w in m.group(0) for w in words)


@lru_cache(maxsize=8192)  # pure; an enumeration's names are tried in many splits
def head_indicator(clause: str) -> tuple[str, int, int] | None:
    """The catalogue indicator that is the clause's subject: (id, start, end), or None."""
    rest, cut = strip_lead(clause)
    if rest.startswith(NEGATIVE):
        return None
    aliases, size = _aliases(), len(rest)
    for n in _alias_lengths().get(rest[:1], ()):  # the longest alias the clause starts with
        if n <= size and rest[:n] in aliases:
            if not FOLLOW.match(rest, n) or (rest[n:n + 1] == "、" and _GROUP_LIST.match(rest, n)):
                return None  # a modifier, or the first of a group (装备制造业、食品行业等六个主要行业…)
            found = aliases[rest[:n]][0]
            if rest[n:n + 1] in _AND and found in _PRODUCED and _GROUP_NOUN.match(rest, n):
                return None  # 汽车及零部件企业152家: firms of a group of products, not their output
            if found in _PARTNERS and rest[n:n + 1] in _AND and _ONE_WAY_AFTER.match(rest, n):
                return None  # 对美国、韩国出口119.1亿元和59.8亿元: exports to them, not the trade with them
            return found, cut, cut + n
    return None


def forget_clauses() -> None:
    """Empty the reader's memory of clauses read (a benchmark's rounds each read their pages anew)."""
    strip_lead.cache_clear()
    head_indicator.cache_clear()


_AND = frozenset("、和与及")
# partners listed before one way of trade (对美国、韩国出口…; not 对美国、韩国进出口…)
_ONE_WAY_AFTER = re.compile(r"(?:[、和与及]对?[^，,；;。:：\d、和与及]{1,12}?)+(?:(?<!进)出口|进口)")
# a group of products' firms or industry (汽车及零部件企业, 手机和电子信息产业)
_GROUP_NOUN = re.compile(r"[、和与及][^，,；;。\d、和与及]{1,8}?(?:企业|产业|行业|制造业|集群|产业链)")
_GROUP_LIST = re.compile(r"、[^，,；;。\d]*?等(?!级|额|同(?!比)|于)")  # (not 高等级; …等同比增长 is a group)
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4}
_TEXT_CLAUSES = re.compile(r"[，,。；;：:\n]")
# a period 以来 follows (7月份以来, 今年以来, 2023年以来): since then, no period of its own
_SINCE = re.compile(r"[自从]?(?:今年|本年|\d{4}年)?"
                    r"(?:年初|(?:1[-—~～至])?\d{1,2}月份?(?:[上中下]旬)?|前三季度|第?[一二三四]季度|[上下]半年)?(?:以来|至今)")
_WHOLE_YEAR = re.compile(r"(\d{4})年(?!\d)")
# 1-7月, 1月至10月, 1月份—10月份, 前10月, 前10个月: months to date
# (1、2月份: January and February together, as 1-2月)
_RANGE = re.compile(r"(?:(\d{4})年)?(?:(?<!\d)1(?:月份?)?[-—~～至]|(?<!\d)1、(?=2月)|前)(\d{1,2})个?月(?:份)?")
# a figure standing alone: its number and unit, then the clause ends or its change follows (2100.5亿元，…; not
# 1200名退役军人…, 1.5万亿元的在建项目…, 1-8日, 3大支柱产业…)
_STANDALONE_FIGURE = NUM + r"(?:" + UNIT_RE[1:-1] + r")?(?=[，,；;。]|$|同比|环比|增长|下降|上涨|回落|比|占)"
# (not a date, 6月21日, nor days, 10月1-8日; a figure standing alone may follow a month at once, 社会消费品零售总额：
# 10月2100.5亿元, a row written as text, but not a year's month: 2024年10月6.8%的高基数下 is a base)
_MONTH = re.compile(r"(?:(\d{4})年|(?<!\d年)(?<!\d))(\d{1,2})月份?(?:(?!\d)|(?(1)(?!)|(?=" + _STANDALONE_FIGURE + ")))")
# (2023年末, 2023年度: that year's end and that year, as 2023年年末 is)
_QUARTER = re.compile(r"(?:(\d{4})年(?=前三季度|上半年|全年|年末|年度|第?[一二三四]季度)|(\d{4})(?=年[末度]))?"
                      r"(前三季度|上半年|全年|年末|年度|第?([一二三四])季度)")
_YEAR = re.compile(r"(?<![比由较与同上去前])(\d{4})年(?!\d*月\d+日)")


# a part a figure leaves out (not 固定资产投资(不含农户): the catalogue's own scope; 表外贷款: never in a balance)
_LEAVING_OUT = r"(?:不含|未含|不包括|未包括)"
_EXCLUDING = re.compile(r"\(" + _LEAVING_OUT + r"(?!农户|表外)[^)]*\)")
# …and power's and electricity's own scope from 2025 (发电装机容量(不含储能)), nothing else's
_STORAGE_LEFT_OUT = re.compile(r"\(" + _LEAVING_OUT + r"(?:新型)?储能(?:装机|电站)?\)")
_STORAGE_SCOPED = frozenset({"installed_power_capacity", "power_generation", "electricity_consumption"})
_SPAN = re.compile(r"(?<![\d.])(\d{1,2})(?:月份?)?[-—~～至、]\d{1,2}月")  # 11-12月, 11月至12月, 11、12月: a window
# a clause opening with a since phrase: 今年以来 is the year to date, 7月份以来 a window from a later month
_SINCE_AT = re.compile(r"(?:其中)?[自从]?(?:(今年|本年|年初)|(\d{4})年|"
                       r"(?:今年|本年)?(?:(\d{1,2})月份?|([一二三四])季度|[上下]半年))以来")
_WINDOW = Period(0, "window", False)  # a window of months the warehouse holds no period for
# a clause opening with a window of days (10月1日至7日，…; 10月1-8日中秋国庆假期，…; 其中10月1-7日…; not
# 1月1日至10月31日, the year to date) or, opening its sentence, a holiday or an event (国庆中秋假期，…;
# “十一”黄金周期间，…; “双11”期间，…; not 得益于…假期, a cause): its figures and those after it are the window's, to
# a clause naming the whole after the window's own (…，全省规模以上工业增加值增长6.3%) and past semicolons before a
# part going on with the window's doer (…；实现国内旅游收入…)
_DAYS_WINDOW = re.compile(r"(?:其中[，,]?)?(?:\d{4}年)?(?!1月1日)\d{1,2}月\d{1,2}[日号]?"
                          r"\s*(?:[-—~～至、]\s*(?:\d{1,2}月)?\d{1,2}[日号]?)+")
_HOLIDAY = re.compile(r"(?!得益于|受|由于|因|随着)[^，,；;。]{0,12}(?:假期|黄金周|长假|期间)(?:期间)?")
# a span of years: a five-year plan's (“十四五”时期, “十四五”规划实施以来, 回顾“十四五”), 过去五年, 五年来, 2021—2025年
_PLAN_SPAN = r"(?:回顾|回望|整个|纵观|在)?[“\"‘']?十[一二三四五六]五[”\"’']?(?:规划)?(?:实施|开局)?"
_YEARS_SPAN = r"\d{4}年?\s*[-—~～至到]+\s*\d{4}年"
# a sentence opening with one (“十四五”时期，…; 过去五年，…; 2021年至2025年，…; a PDF's “十四五”时期 全市…): its figures
# are the span's, totals and averages no period the warehouse holds, to the sentence's end and past its semicolons,
# until a clause names a period (…，2025年达到…), but for the stocks, rates, shares and levels per head it reached
# (see `_stock_or_rate`); a total after the year named is the span's again (see `_SPAN_TOTAL`)
_YEARS_WINDOW = re.compile(r"(?:" + _PLAN_SPAN + r"(?:时期内?|期间|期内|期|情况|阶段|这一时期|这五年|五年间|五年)?"
                           r"(?:以来)?(?:的五年)?"
                           r"|(?:回望|回顾)?(?:过去|近|这|最近)?的?[两三四五六七八九十]年多?(?:时间)?(?:来|间|中|里|内|以来)?"
                           r"|" + _YEARS_SPAN + r"(?:间|期间|时期)?)(?:[\s，,]|$|(?=全[省市州县区盟]))")
# …and so are, in the sentences after it in its paragraph (a span of the plan or five years and more,
# `_LONG_SPAN`) and in a section under a heading opening with one (十五、“十四五”时期经济社会发展成就;
# 十、2021—2025年发展回顾; on a line of its own only the plan's, （十五）“十四五”时期主要成就; not 一、…创近五年新高,
# …发展成就和2025年经济运行情况, nor a chart's caption, 图1 2021-2025年粮食产量), those naming no period: all but
# their stocks, rates and the levels they reached (see `_reached`), or, in one stating the year's change (see
# `_states_change`), its totals and the changes after them (…。全市固定资产投资累计完成5120.3亿元，增长31.5%)
_LONG_SPAN = re.compile(r"[^，,]*?(?:十[一二三四五六]五|[五六七八九十]年|\d{4}年?\s*[-—~～至到])")
_YEARS_HEADING = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分"
                            r"|(?:专栏|附表?|附件)\d*[:：]?|[【◆■●▲]|全[省市州县区])*\s*(?:" + _PLAN_SPAN
                            + r"(?:时期|期间|以来|五年)?|(?:回顾|回望)?(?:过去|近)[两三四五六七八九十]年"
                            + r"|[两三四五六七八九十]年来?|(?P<years>" + _YEARS_SPAN + "))")
# …which it sums up: nothing after the span, or words of summing up at its end (发展成就, 主要指标完成情况, 发展回顾;
# not …重大项目加快推进, …新动能持续壮大, …交出亮丽答卷: the year's news)
_SUMMED_UP = re.compile(r"(?:成就|回顾|综述|巡礼|情况|指标|发展)$")
_CAPTION_END = re.compile(r"(?:增速|增长速度|增长情况|变化情况|比重|构成|结构|产量|总值|总额|收入|支出|率|量)$")
# (a heading of its own names the plan: 五年来全省原煤产量稳步增长 may be news)
_PLAN_HEADING = re.compile(r"十[一二三四五六]五")
_NUMBERED_ALONE = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]")
_PLAN_EVENT = re.compile(r"收官|开局|起步|开好局")  # (一、“十四五”圆满收官，经济总量…: the year's news, no span)
_COLUMN = re.compile(r"^专栏\d*[:：]?")
_PAREN_YEARS = re.compile(r"[(（]" + _YEARS_SPAN + r"[)）]")  # (…主要成就（2021—2025年）)
# (marked at the clause's end before the sentence's rewrites, which take 累计 out of 累计完成…)
_SPAN_TOTAL = re.compile(r"(?:累计|累积|共计|总计|五年)[^，,；;。:：]*")
_SPAN_MARK = "\x02"
_FROM_LEVEL = re.compile(r"由(?!于)(?:[^，,；;。由]{0,10}?的|[^，,；;。由\d]{1,6})?" + NUM
                         + r"(?:" + UNIT_RE[1:-1] + r")?"
                         r"(?=(?:提高|增加|上升|下降|减少|降低|增长|扩大|提升|回落|回升|缩小|收窄|加快|放缓|降|升|增)"
                         r"(?:" + NUM + r"个?百分点)?(?:到|至))")
_OVER_SPAN = re.compile(r"平均|均值|保持在|稳定在|左右|以内")  # (失业率平均为5.2%, …保持在5.2%左右: the span's)
# a change on the year before: past it the clauses are the year's again (not 年均增长…, nor 比2020年增长…)
_ON_LAST_YEAR = re.compile(r"比上年|比去年|较上年|较去年|同比|[与同和](?:上|去)年(?:同期)?相比|[比较]年初")
# a level the span reached (see `_reached`)
_LEVEL_REACHED = re.compile(r"达到|增至|增加到|提高到|提升到|上升到|提高至|提升至|(?:比重|占比|比例|率)(?:为|达)(?=\d)")
_TOTAL_WORDS = re.compile(r"累计|累积|合计|共计|总计|新增|投资总额|收入总[额量]")
# (not 较“十三五”末: 2020)
_PLAN_BASE = re.compile(r"(?:[比较是为与]|超过|超出|高于|相当于)(?:[“\"‘]?十[一二三四五六]五[”\"’]?(?!末)"
                        r"|上一?个五年|前五年|" + _YEARS_SPAN + ")")


def _years_heading(words: str, alone: bool = False) -> bool:
    """Whether a heading opens with a span of years and names no year after it (see `_YEARS_HEADING`); on a line of
    its own (`alone`) not a span of years' numbers (2021-2025年粮食产量: a chart's caption)."""
    if _PLAN_EVENT.search(words):
        return False
    m = _YEARS_HEADING.match(words)
    if m is None:  # (十五、主要指标完成情况（2021—2025年）)
        return not alone and _PAREN_YEARS.search(words) is not None and not _DIGIT.search(_PAREN_YEARS.sub("", words))
    rest = _PAREN_YEARS.sub("", words[m.end():]).rstrip("】")
    return not _DIGIT.search(rest) and (rest == "" or _SUMMED_UP.search(rest) is not None) \
        and not (alone and (not _PLAN_HEADING.search(m.group(0)) or _CAPTION_END.search(words)))


def _heading_alone(line: str) -> bool:
    """A line of its own that is a heading: short, no clause, no figure (a year aside), no chart's caption."""
    line = _COLUMN.sub("", line)  # (专栏：“十四五”时期…)
    return len(line) <= 24 and not _TEXT_CLAUSES.search(line) and not _DIGIT.search(_WHOLE_YEAR.sub("", line))


# a sentence after a span's stating a change on the year before (比上年…; a bare 增长4.8%, not 年均增长…, nor on an
# earlier year or plan, 比2020年…, 比“十三五”时期…): the year's, but for the span's totals in it (see `_SPAN_TOTAL`)
_CHANGE_STATED = re.compile(r"(?<!年均)(?<!平均)(?<!累计)(?:增长|下降|提高|回落|上涨)了?\s?-?\d"
                            r"|(?<!年均)(?:增速|增幅|增长率)(?:为|达到?)\d")
_EARLIER_BASE = re.compile(r"[比较是](?:\d{4}年|[“\"‘]?十[一二三四五六]五|上一个五年)|[由从]\d{4}年")


def _states_change(sentence: str, bare: bool) -> bool:
    """Whether a sentence states the year's change: on the year before, or (`bare`) a change with no base, in a
    sentence with no yearly average (…增长42.1%，年均增长7.3%: over the span)."""
    return _ON_LAST_YEAR.search(sentence) is not None or bare and "年均" not in sentence \
        and _CHANGE_STATED.search(sentence) is not None and _EARLIER_BASE.search(sentence) is None


def _last_year_base(clause: str, year: int) -> bool:
    """Whether the clause compares with the year before by its number (2021年…比2020年增长8.6%)."""
    return any(int(y) == year - 1 for y in _YEAR_BASE.findall(clause))


_YEAR_BASE = re.compile(r"[比较](\d{4})年")


def _reached(clause: str, sentence: str) -> bool:
    """A level the span reached, the year's (全市人均地区生产总值达到9.3万元; not a total, 投资总额达到…, 新增…达到…,
    nor one set beside the plan before, …达到520.6亿元，是“十三五”时期的2.1倍)."""
    return _LEVEL_REACHED.search(clause) is not None and _TOTAL_WORDS.search(clause) is None \
        and _PLAN_BASE.search(sentence) is None


_STOCK_NAME = re.compile(r"保有量|余额|存栏|里程|常住人口|户籍人口|基站|床位|用户|覆盖率|率$|^人均|居民人均")


def _stock_or_rate(indicator: str) -> bool:
    """A stock at the year's end, a rate or a level per head (汽车保有量, 存款余额, 城镇化率, 人均地区生产总值): a
    span's sentence states it as the level the span reached, the year's."""
    ind = catalogue.indicators()[indicator]
    return ind.unit in ("pct", "permille") or _STOCK_NAME.search(ind.zh) is not None


_WINDOW_GOES_ON = ("实现", "完成", "接待", "累计", "共", "同比", "增长", "下降", "比上年")
_WINDOW_SECTIONS = frozenset(("tourism", "transport"))  # what a window of days reports (国内游客, 旅客运输量)
_BESIDES = ("此外", "另外", "同时", "与此同时")


def _ends_window(clause: str, part: bool = False) -> bool:
    """Whether a clause after a window's own (see `_DAYS_WINDOW`) is the release's again: led by the whole (全省…),
    opening with 此外 or 同时, or naming at its head a subject no window reports (规模以上工业增加值…; not …，实现国内
    旅游收入…, the window's doer going on); past a semicolon (`part`), naming any subject at its head (…；国内旅游收入
    6789.0亿元: the year's, as likely as the window's)."""
    if clause.startswith(_BESIDES) or _led_by(clause, _WHOLE_WORDS):
        return True
    return not clause.startswith(_WINDOW_GOES_ON) and (hit := head_indicator(clause)) is not None \
        and (part or catalogue.indicators()[hit[0]].section not in _WINDOW_SECTIONS)


def _since(words: str, default: Period) -> Period | None:
    """The period a clause opening with a since phrase is about: the year to date of the release's period
    (今年以来, 1月份以来, this year's 2024年以来, 一季度以来), or `_WINDOW` (7月份以来, 2021年以来, 上半年以来);
    None when the clause does not open with one (为今年以来最高 is a remark)."""
    m = _SINCE_AT.match(words)
    if m is None:
        return None
    to_date = bool(m.group(1)) or (m.group(2) is not None and int(m.group(2)) == default.year) \
        or m.group(3) in ("1", "01") or m.group(4) == "一"
    if not to_date:
        return _WINDOW
    cumulative = (default.label.isdigit() and default.label != "01") or default.label in ("Q2", "Q3", "Q4")
    return Period(default.year, default.label, cumulative or default.cumulative)


def _unsince(words: str) -> str:
    """The words without their 以来 phrases (a look first: the pattern tries every position)."""
    return _SINCE.sub("", words) if "以来" in words or "至今" in words else words


def period_in(clause: str, year: int | None) -> Period | None:
    """A period marker in the clause, if any (1-7月, 7月份, 上半年, 前三季度, 全年, 年末, 一季度)."""
    # (each pattern only where the words it needs are: 比上年… clauses hold 年 and no marker)
    has_month = "月" in clause
    if not has_month and "年" not in clause and "季" not in clause:
        return None  # every marker below has one of these
    if has_month and (m := _RANGE.search(clause)):
        y = int(m.group(1)) if m.group(1) else year
        return Period(y, f"{int(m.group(2)):02d}", int(m.group(2)) > 1) if y else None
    if ("季" in clause or "半年" in clause or "全年" in clause or "年末" in clause or "年度" in clause) \
            and (m := _QUARTER.search(clause)):
        # (2023年，全省年末常住人口…: the end of the year the words opened with)
        y = int(m.group(1) or m.group(2)) if m.group(1) or m.group(2) \
            else int(w.group(1)) if clause[:1].isdigit() and (w := _WHOLE_YEAR.match(clause)) else year
        if y is None:
            return None
        word = m.group(3)
        if word == "前三季度":
            return Period(y, "Q3", True)
        if word == "上半年":
            return Period(y, "Q2", True)
        if word in ("全年", "年末", "年度"):
            return Period(y, "", False)
        return Period(y, f"Q{_CN_NUM[m.group(4)]}", False)
    if clause[:1].isdigit() and (m := _WHOLE_YEAR.match(clause)):
        return Period(int(m.group(1)), "", False)  # 2023年全省…修订为…: a clause about a whole year
    if has_month and (m := _MONTH.search(clause)):
        pre = clause[max(0, m.start() - 1): m.start()]
        if pre and pre in "-—~～至比较、" and not (pre == "至" and clause[m.end(): m.end() + 1] in ("末", "底")) \
                or clause[m.end(): m.end() + 1] in ("-", "—", "~", "～", "至"):
            return None  # (比7月份; 11月至12月, 11、12月, a window of months; not 截至6月末, a month's end)
        y = int(m.group(1)) if m.group(1) else year
        month = int(m.group(2))
        return Period(y, f"{month:02d}", False) if y and 1 <= month <= 12 else None
    return None


_MONTH_OPENING = 100  # …and a single month only this near its start
_AS_OF_END = re.compile(r"(?:截至|截止|至)\d{1,2}月(?:份)?(?:末|底)")
_MONTH_ALONE = re.compile(r"(?:\d{4}年)?\d{1,2}月份?")
_RELEASE_WORDS = re.compile(r"运行情况|经济运行|运行数据|主要数据|统计数据")  # what a lead says the release is
# the start of a span of months across years (a chart's 2016年3月至2017年3月…): the span ends in the release's year
_SPAN_START = re.compile(r"\d{4}年(?:第?[一二三四]季度|(?:1-)?\d{1,2}月份?)?\s*[至到—~～－-]+\s*(?=\d{4}年)")
_OPENING = 400  # where a title-less release names its period: past a press conference's lead, as its year
_REVISED = re.compile(r"核实|修订|最终核定|最终审定|普查")  # (a revision or a census: of a year already over)
_LAST_YEAR = re.compile(r"(?<![比较于])去年(?!同期)")  # 去年我省…, not 增速快于去年同期
_ANNUAL_NEWS_BY = 4  # the last month a release naming no period is taken as last year's (annual results, Jan-Apr)


def document_context(title: str, text: str, published: date | None) -> tuple[Period, bool]:
    """The period a release covers by default, and whether it is a communiqué (flash figures)."""
    t = normalise(title)
    communique = "公报" in t
    # (year 1 stands in until the year is known; a title's 截至3月底… is a moment it counts to, the text's own
    # period comes from elsewhere)
    shape = period_in(_AS_OF_END.sub("", t), 1) if t else None
    if shape is not None and shape.label and published is not None and 0 <= _end_month(shape) - published.month < 6 \
            and (not (y := _YEAR.search(t)) or int(y.group(1)) == published.year):
        shape = None  # (奋战二季度… in May: no release's period, this year's not over and last year's long past)
    if shape is None and not communique:
        # a title naming no period (a press conference's): the period its text opens with, a quarter or months
        # to date first, then a month (10月26日，省政府新闻办…。前三季度，全省…; 1-8月 before 8月份，面对…);
        # 2024年， alone or 全年 is the year; a date, 以来 phrases and 2024年是… are none
        def clauses_of(size: int) -> list[str]:
            return _TEXT_CLAUSES.split(_unsince(COMPARED.sub("", normalise(text.lstrip()[:size]))))
        clauses = clauses_of(_OPENING)
        # months to date or a quarter in the opening; else a month near its start (a lead's 12月份主要指标回升
        # further on is no period of the release); else 全年 before a subject (湖南全年地区生产总值…, not
        # 锚定全年目标)
        # (a year opening a clause about a subject, before any of those: 2016年全省实现地区生产总值…，…上半年受洪灾
        # 影响… is the year's)
        spans = (p for c in clauses if (p := period_in(_last_listed(c), 1)) is not None
                 and (p.cumulative or p.label.startswith("Q")
                      or not p.label and (y := _WHOLE_YEAR.match(c)) is not None
                      and head_indicator(c[y.end():]) is not None))
        near = clauses_of(_MONTH_OPENING)
        if len(text.lstrip()) > _MONTH_OPENING:
            near = near[:-1]  # (a clause the cut runs through is not read: 7月份以来 cut to 7月份以, 12月26日 to 12月)

        def month_or_year(i: int, clause: str) -> Period | None:
            # (…介绍2024年8月份全省国民经济运行情况… or a sentence opening with 8月份， further on names the
            # release's month too; not December in the annual results' season: 12月份主要指标回升明显)
            if (i < len(near) or _RELEASE_WORDS.search(clause) or _MONTH_ALONE.fullmatch(clause)) \
                    and (p := period_in(clause, 1)) is not None and p.label \
                    and not (p.label == "12" and published is not None and published.month <= 2):
                return p
            w = _WHOLE_YEAR_WORDS.search(clause)
            return period_in(clause[w.start():], 1) if w is not None and head_indicator(clause[w.end():]) is not None \
                else None
        year_only = next((p for c in clauses[:2] if _A_YEAR.fullmatch(c) and (p := period_in(c, 1))), None)
        # (今年一季度，… names the release's period whatever year an earlier clause named)
        # (a clause opening with it, a period over when the release came out: not 增速较今年1-2月加快…, nor a January
        # release's 今年一季度，全省将继续…)
        this_year = next((p for c in clauses if c.startswith("今年") and _THIS_YEAR.match(c)
                          and (p := period_in(_last_listed(c), 1)) is not None and p.label
                          and (published is None or _end_month(p) < published.month)), None)
        # (…统计局发布我省7月经济运行数据, 发布2025年全省经济运行数据: the release says which it is)
        # (not the nation's: 国家统计局发布2023年全国经济运行数据后，…)
        announced = next((p for c in clauses if _RELEASE_WORDS.search(c) and "全国" not in c and "国家" not in c
                          and (p := period_in(c, 1) or _year_named(c)) is not None), None)
        span = next(spans, None)
        if announced is not None and span is not None and span.cumulative and span.label == announced.label:
            announced = span  # (发布7月经济运行数据。1-7月，…: its months to date)
        shape = this_year or year_only or announced or span \
            or next((p for i, c in enumerate(clauses) if (p := month_or_year(i, c)) is not None), None)
    year: int | None = None
    if m := _YEAR.search(t):
        year = int(m.group(1))
    elif shape is not None and shape.year != 1:
        year = shape.year
    else:
        # a year the opening states (not 自2012年以来…); with a publication date, the latest that fits it (not a
        # chart's span 2023年11月—2024年11月, nor a year long before), else the latest the period can be
        opening = _unsince(normalise(text[:_OPENING]))
        stated = [int(m.group(1)) for m in _YEAR.finditer(_SPAN_START.sub("", opening) if "年" in opening else opening)]
        if published is None:
            year = stated[0] if stated else None
        else:
            if shape is None or not shape.label:
                end_month = 12
            elif shape.label.startswith("Q"):
                end_month = 3 * int(shape.label[1])
            else:
                end_month = int(shape.label)
            # (a period not over is last year's; the whole year in its December is this one's, grain output being out
            # in mid-December, unless the title says last year's or the text is a revision: 我省去年经济总量最终核实…)
            latest = published.year - (1 if end_month > published.month or end_month == published.month
                                        and (shape is not None and shape.label or _LAST_YEAR.search(t)
                                             or _REVISED.search(t) or _REVISED.search(opening)) else 0)
            fitting = [y for y in stated if latest - 1 <= y <= latest]
            # (2024年全省地区生产总值迈上6万亿元新台阶，今年一季度，…: the year the release says is this one)
            year = latest if _THIS_YEAR.search(opening) else max(fitting) if fitting else latest
            if not fitting and shape is None and not communique and published.month > _ANNUAL_NEWS_BY \
                    and not _LAST_YEAR.search(t):
                # no period in title or opening, months after last year's results came out: filing its figures
                # as last year's would be a guess
                raise ParseError(f"cannot tell which period the release covers (none in its title or its first "
                                 f"{_OPENING} characters, published {published.isoformat()})")
    if year is None:
        raise ParseError("cannot tell which year the release covers (no year in title, text or date)")
    if shape is None:
        return Period(year, "", False), communique
    return Period(year, shape.label, shape.cumulative), communique


def _year_named(clause: str) -> Period | None:
    """The whole year a clause names, with no period of it (发布2025年全省经济运行数据)."""
    return Period(int(m.group(1)), "", False) if (m := _YEAR.search(clause)) else None


def _end_month(p: Period) -> int:
    return 12 if not p.label else 3 * int(p.label[1]) if p.label.startswith("Q") else int(p.label)


def _last_listed(clause: str) -> str:
    """A clause listing periods' figures (一季度7.3%、上半年7.6%、全年GDP实现7.9%的增速) from its last period on:
    the release's, the others the path to it."""
    if "、" not in clause:
        return clause
    marks = list(_QUARTER.finditer(clause))
    return clause[marks[-1].start():] if len(marks) > 1 else clause


def _sign(verb: str) -> int:
    return -1 if verb in DOWN else 1


_VERB = "|".join(UP + DOWN)
# where a list of names ends and what is said of them begins (出口、进口|同比增长5.0%、下降3.2%)
_NAMES_END = re.compile(r"(?:同比|比上年|较上年)?(?:(?:" + _VERB + r")(?!值)|为|是|达|-?\d+(?:\.\d+)?(?![\dA-Za-z.]))")
_FIGURE_TOKEN = re.compile(NUM + UNIT_RE)
_NOUNS = re.compile(r"进出口|出口|进口|投资|零售|收入|支出|利润|产量|增加值|总额|余额|用电量|存款|贷款")


def _names_nothing(rest: str) -> bool:
    """Whether a clause says only how figures changed (比上年同期增长12.6%、3.7%), naming no subject of its own
    before its first figure (not 夏粮、秋粮产量增长1.0%、2.0%)."""
    first = _DIGIT.search(rest)
    before = rest[: first.start()] if first else rest
    return "、" not in before and _NOUNS.search(before) is None


_LISTED_FIGURES = re.compile(NUM + UNIT_RE + r"[、和](?:" + _VERB + r")?" + NUM)  # (12.6%、3.7%; 5.3%和6.4%)
_CHANGE = re.compile(r"(" + _VERB + r")(" + NUM + r")(%|个百分点|倍)")
_ABS_CHANGE = re.compile(r"(" + _VERB + r"|净增|净减|多增|少增|净增加|净减少|增量(?:为|达)?|增加额|增长量|"
                         r"增收|减收|增支|减支|超收|短收|(?:同比|比上年|较上年)新增|(?<![新净多少])[增减](?=\d))"
                         + NUM + UNIT_RE)
_PERMILLE_CHANGE = re.compile(r"(" + _VERB + r"|增产|减产)(\d+(?:\.\d+)?)‰")
_PERFECTIVE = re.compile(r"(" + _VERB + r"|多|少)了(?=-?\d)")  # (增加了6121人: 增加6121人)
# deposits and loans named as one (人民币存、贷款余额分别为…; 本外币存贷款余额…): two subjects, each with its own name
_DEPOSITS_AND_LOANS = re.compile(r"(人民币|本外币)?(各项)?存、?贷款(余额)?")
# (比上年多12447张, 比2020年少365个: not 减少365个)
_MORE_OR_LESS = re.compile(r"((?:比|较)[^，,；;。\d]{0,8}?(?:\d{4}年[^，,；;。\d]{0,4})?)(?<![减增])(多|少)(?=-?\d)")
_FLAT = re.compile(r"(?:持平|无变化)")
_FLAT_WITH = re.compile(r"(?:与|和|跟|同(?!比))([^，,；;]{1,14}?)(?:相比)?(?:基本|大体|大致)?$")  # (level with what)
_YEAR_EARLIER = re.compile(r"(?:上年|去年)(?:同期)?(?:[\u4e00-\u9fa5]{0,4}水平)?|同期(?:水平)?")
# (涨幅回落至3.6%, 降幅收窄至2.1%, 增速提升到7.1%, 增速累计回落至0.0%: the growth it came to; not 增幅累计达到28.6%, the
# growth of several years added up)
_GROWTH_WORD = re.compile(r"(?P<word>增速|增幅|增长率|涨幅|降幅)"
                          r"(?:为|是|达|达到|(?P<to>(?:累计)?"
                          r"(?:回落|回升|提高|提升|扩大|收窄|放缓|加快|上升|下降|升|降)[至到]))?"
                          r"(?P<num>" + NUM + r")%")
_SEMICOLON = re.compile(r"[;；]")
# a target or a plan before the figure (全年预期增长6%左右, 全年目标为增长7.5%, 力争, 有望; not 超额完成预期目标, 高于
# 预期, 好于预期: what was, against the target)
_TARGET_SAID = re.compile(r"(?<![完成现过额高低好于到])(?:预期|目标|力争|有望|争取|确保)")
# a clause that says what follows is a target (2025年主要预期目标：…, 全年目标是…, 到2027年，… in a 2024 release; not a
# slogan before what was: 锚定年度目标，…, 对照年初确定的目标，…, 深入实施“十四五”规划，…)
_PLAN_HEAD = re.compile(r"[^，,；;]{0,16}(?:预期目标|主要目标)(?:为|是)?|[^，,；;]{0,16}目标(?:为|是)")
_BY_YEAR = re.compile(r"到(\d{4})年(?:底|末)?")
_DONE = re.compile(r"完成|实现|超过|超额|达到|高于|低于|好于")


def _plan_head(clause: str, year: int, colon: bool) -> bool:
    """Whether the clause says no more than that what follows is a target or a plan (see `_PLAN_HEAD`; 全年目标：…,
    a colon after it)."""
    if (by := _BY_YEAR.fullmatch(clause)) is not None:
        return int(by.group(1)) > year
    return (_PLAN_HEAD.fullmatch(clause) is not None or colon and clause.endswith("目标")) \
        and _DONE.search(clause) is None


# a clause saying no more than that what follows is forecast (预计全年, 据初步预计, 预计2025年全年; not 初步测算 or
# 初步核算, a first count of what was)
_FORECAST_HEAD = re.compile(r"(?:据)?(?:初步)?(?:预计|预测)(?:\d{4}年|今年|明年)?(?:全年|年末|年底)?")
_CLAUSE_SPLIT = re.compile(r"[,，:：]")
_SECTORS_SHORT = re.compile(r"第一、第?二、第?三次?产业")
_THREE_SECTORS = re.compile(r"一、二、三次?产业([\u4e00-\u9fa5]{1,8}?)(增速|增幅)?分别")
# 由上月的下降0.5%转为上涨0.3%, 由一季度的下降3.2%转为增长1.5%: the change now is the one after 转为
_TURNED = re.compile(r"由[^，,；;。]{0,12}?(?:" + _VERB + r"|持平)(?:" + NUM + r"%)?"
                     r"转为(?=(?:同比)?(?:" + _VERB + r"|持平|正增长|负增长))")
# (规模以上工业企业累计原煤产量…: 累计 alone after the firms too)
_BUILDERS_OUTPUT = re.compile(r"(?:具有|具备)?(?:在库的?|资质等级的?|资质以[上内]的?|总承包和专业承包资质的?|"
                              r"总承包和专业承包的?|资质的?)+(?:建筑业|建筑)(?:法人)?(?:企业)?(?:建筑业)?总产值")
_DEVELOPERS_DOER = re.compile(r"(?:(?:具有)?资质的?)?房地产开发(?:经营)?企业(?:累计)?(?:完成|实现)?(?=房地产开发投资)"
                              r"|房地产(?=商品房)")
# figures of industrial firms the catalogue does not hold, stated between two of the same firms' it does
_FIRMS_OTHER_FIGURES = ("利税总额", "利税", "税金总额", "产品销售率")
_INNER_VERB = re.compile(r"(?<=[\u4e00-\u9fa5])(?:累计)?(?:完成|实现)(?=[\u4e00-\u9fa5])"
                         r"|(?<=企业)累计(?=[\u4e00-\u9fa5])")
_BASE_HEAD = re.compile(r"[比较由]")
_OUTPUT_VERBS = ("增产", "减产")
_OUTPUT_UNITS = ("tonnes", "count", "kwh", "cubic_m")  # what 增产/减产 is said of (crops, livestock, goods)
_FIGURE_LIST = re.compile(r"(\d(?:%|[\u4e00-\u9fa5]{1,4}))、(?!-?\d+(?:\.\d+)?(?![\dA-Za-z.])|、)")
_FIRST_NUMBER = re.compile(r"-?\d")
_VERB_FIGURE = re.compile(r"(?:" + _VERB + r")-?\d")  # (分别增长5.0%、下降3.2%: a 分别 list's next figure)
# a note in parentheses with a comma (本外币合计，下同); not one that narrows the figure ((含农户，下同),
# (限额以上，下同)); (以人民币计价，下同) and (不含农户，下同) are the catalogue's own scope
_PAREN_NOTE = re.compile(r"\((?![^()]*(?:(?<!不)含农户|限额以上|规模以上))[^()\d]*[,，][^()\d]*\)")
# (人民币，下同): renminbi balances only (not 折人民币, 含人民币和外币, 人民币计价)
_RMB_NOTE = re.compile(r"^\((?:均为)?人民币(?:口径)?[,，]")
_BALANCES = re.compile(r"存款|贷款|余额")
_RMB_MARK = "\x00"
_FX_MARK = "\x01"  # where a note (本外币合计，下同) stood
# (下同), (全域口径), 金融机构(含外资): a note on scope; not one naming a currency ((人民币口径) makes balances
# renminbi ones)
_PAREN = re.compile(r"\([^()]*\)")
# a figure in brackets after what a figure is compared with is that one's (增长率超过GDP(上半年GDP增长9%))
_COMPARED_REMARK = re.compile(r"((?:超过|高于|低于|快于|慢于|跑赢|跑输)[^,，。；;()\d]{1,12})\([^()]*\d[^()]*\)")
_MODE = r"(?:公路|水路|水运|铁路|民航|航空|管道)"  # the modes of transport
_MODE_WORDS = r"(?:公路|道路|水路|水运|水上|铁路|民航|航空|管道)"  # …as a bracket may name them (道路运输, 水上运输)
# (全市(含经开区)…: the whole; a definition: 城镇化率(城镇常住人口占全部常住人口的比重)63.13%; not the modes a transport
# total counts, (包括公路、水路): see `_some_modes`)
_SCOPE_NOTE = re.compile(r"\((?:下同|含外资|含[^()\d]{0,12}?(?:区|县|市)|包括(?!" + _MODE + r")[^()\d]*|"
                         r"(?![^()]*(?:人民币|外币|不含|不包括|公路|道路|水路|铁路))[^()\d,，]*口径(?:相同|一致)?|"
                         r"[^()\d]*占[^()\d]*(?:比重|比例))\)")
# (the clause's words before 专利: only the whole's, not a kind's, are rewritten; see `_granted`)
_GRANTED_AFTER = re.compile(r"(?:(?<=[，,；;。：:])|^)([^，,；;。：:]*?)((?:发明)?专利)"
                            r"(申请(?:量|数)?(?:达到?|为)?\d+(?:\.\d+)?万?件[，,])授权(?:量|数)?(?=\d|达|为)")
_GOOD_DAYS_SHARE = re.compile(r"(优良天数(?:达到?|为|有)?\d+天)[，,]占(?:全年(?:总天数)?的?|总天数的?)?(?=\d)")
_URBAN_SHARE = re.compile(r"(城镇(?:常住)?人口" + NUM + r"万?人)[,，]占(?:年末)?"
                          r"(?:总人口|常住人口|全部人口|全市人口|全省人口)(?:的)?比重(?:\([^()]*\))?为")
# a clause naming a subject of its own with no figure yet (外贸进出口自一季度以来逐月攀升): no remark on the one before
_NOUN_HEAD = re.compile(r"[^，,]{0,12}?(进出口|出口|进口|投资|零售|收入|支出|利润|产量|增加值|总额|余额|用电量|价格)")
# what follows a bare noun in a remark on the subject: an attribute of it or how it went (收入质量持续改善,
# 产量创历史新高), not another noun (出口总额创历史新高)
_REMARK_AFTER = re.compile(r"质量|规模|增速|增幅|涨幅|降幅|结构|总水平|水平|差距|占比|比重|总量|效益|态势|势头|质效|"
                           r"创|增(?!加值)|持续|稳步|明显|快速|较快|有所|保持|实现|跃|居|首次|突破|继续|大幅|平稳|逐步|不断")


_WHOLE_ATTRIBUTE = re.compile(r"占比|比重|差距|结构")  # a part's share, a gap between parts: said of the whole


def _names_another(rest: str, name: str) -> bool:
    """Whether a figure-less clause after a subject names another one (限额以上单位零售额增势较好, 非税收入有所下降,
    出口总额创历史新高), rather than remark on the subject itself (收入质量持续改善, 产量创历史新高: a bare noun
    of the subject's own name, then an attribute or how it went)."""
    m = _NOUN_HEAD.match(rest)
    if m is None:
        return False
    if m.start(1) > 0:  # a part of it named: another subject, unless said of the whole (民生支出占比超过七成)
        return not _WHOLE_ATTRIBUTE.match(rest, m.end(1))
    return m.group(1) not in name or not _REMARK_AFTER.match(rest, m.end(1))


# what a PDF leaves of a chart glued before a sentence (…。 2021—2025年第三产业增加值及其增长速度 单位：亿元、%
# 1000917.4912865.29…2021年2022年2023年2024年2025年K增加值增速 全年公路货运量5921.39万吨…): a chart's caption of
# years, a unit line, an axis of years or its values run together (171.47153.17)
_CHART_RESIDUE = re.compile(r"\d{4}\s?[—–-]\s?\d{4}年\S*?(?:增长速度|增速|构成|情况|变化)|单位[:：]|\d{4}年\d{4}年"
                            r"|\d\.\d+[.·]\d")
# a PDF's page number set apart by blanks (—6—, －8－, - 8 -), or bare between a sentence and the next (。 7 全年…,
# 。 10 十、财政金融…)
_PAGE_NUMBER = re.compile(r"(?:(?<=\s)|(?<=。))[—－-]\s?\d{1,3}\s?[—－-](?=\s)"
                          r"|(?<=。)\s+\d{1,3}(?=\s+(?:全年|年末|全[省市州县区盟]))"
                          r"|(?<=。)\s+(?:[—－-]\s?)?\d{1,3}(?:\s?[—－-])?(?=\s+[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))")
# …up to the last blank before the sentence (全年, 年末 or the whole's word; not a caption's 全市…增速), after a full
# stop or at a line's start
_AFTER_RESIDUE = re.compile(r"(?:(?<=。)|^)([^。,，;；\n]*)[ \u3000]+(?=全年|年末|全[省市州县区盟])", re.M)


def _residue_cut(m: re.Match[str]) -> str:
    """A chart's residue before a sentence cut off: it is not the sentence's subject (全年公路货运量… is the road's,
    and so is the list after it), nor are its labels the sentence's year (单位：% 2024年 全省…: a legend's). A heading
    before the residue stays (十四、县域经济), as does a sentence a PDF lost its full stop after (…增长4.3% <chart>,
    a figure in it), an area named right before the sentence (…2025年 园区经济 全年…), a span of years (“十四五”时期
    全市…: see `_YEARS_WINDOW`), and a part of the year right before one that names none (单位：% 10月份 全省…; not an
    axis of them, 一季度 上半年 前三季度, nor before 全年…)."""
    run = m.group(1)
    if (first := _CHART_RESIDUE.search(run)) is None:
        return m.group(0)
    before = run[: first.start()].strip()
    if _SECTION.match(before) is None:  # (a heading stays as it is; a sentence, with the full stop it lost)
        before = before + "。" if _LEVEL.search(before) or _PERCENT.search(before) else ""
    tokens = run[first.start():].split()
    last = tokens[-1] if len(tokens) > 1 else ""
    kept = _DISTINCT_AREA.search(last) is not None or _YEARS_WINDOW.fullmatch(last) is not None \
        or _PART_OF_YEAR.fullmatch(last) is not None \
        and _A_PERIOD.fullmatch(tokens[-2]) is None and not m.string.startswith(("全年", "年末"), m.end())
    return " ".join(w for w in (before, last if kept else "") if w)


# a part of the year a chart's last label or a sentence's first word may be (10月份, 1—9月, 四季度, 上半年, 9月末)
_PART_OF_YEAR = re.compile(r"(?:\d{4}年|今年)?(?:上半年|下半年|前三季度|第?[一二三四]季度末?|前\d{1,2}个月"
                           r"|(?:\d{1,2}(?:[-—～~至]\d{1,2})?|[一二三四五六七八九十]{1,3})月份?(?:末|底)?)")
# …and any period a label before it may name (an axis: 全年 上半年, 2024年 10月份)
_A_PERIOD = re.compile(r"全年|当年|本年|上年|去年|\d{4}年(?:末|底|度)?|" + _PART_OF_YEAR.pattern)


# (a PDF's page number between cut first: see `_PAGE_NUMBER`; or no blank, a heading of a communiqué's words glued
# to the sentence before: …下降0.2%。九、对外贸易全年…)
_RUN_ON_HEADING = re.compile(r"(?<=。)(?:[ \t\u3000]+"
                             r"(?=[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))"
                             r"|(?=[一二三四五六七八九十]{1,3}、" + _HEADING_WORDS + "))")
_GDP_STRUCTURE = re.compile(r"(?:地区生产总值|生产总值|GDP)?(?:的)?(?:三次)?产业")
_SECTOR_NOUN = re.compile(r"第[一二三]产业(.+)")
_DIGIT = re.compile(r"\d")
_YEAR_CLAUSE = re.compile(r"\d{4}年.*")
_PART_FOLLOW = re.compile(r"[\d(（]|人口|为|有|达|增长|下降|同比|比上年")
# a catalogue name that is a trade figure only beside trade, said in its paragraph before it (分经济类型看，国有控股企业
# 增长5.8%，民营企业增长7.9%: private firms' industry, not their trade)
TRADE_ONLY_BESIDE_TRADE = frozenset(("民营企业",))
_TRADE_SAID = re.compile(r"出口|进口|外贸|贸易")
# (not 按可比价格计算, 扣除价格因素, 现价: how a volume is counted; not 出口交货值, 商品混凝土)
_PRICE_OR_TRADE = re.compile(r"(?<![可变现比])价格(?!计算|因素)|(?:出口|进口)(?!交货值)|CPI|PPI")
_OUTPUT_SAID = re.compile(r"产品|产量")
_PRICE_RELEASE = re.compile(r"价格变动|价格指数|(?:消费|生产者)价格(?:运行)?情况")


@cache
def _bare_products() -> frozenset[str]:
    """The products the catalogue counts the output of, named bare (汽车, 原煤, 猪肉: not 汽车产量)."""
    return frozenset(name for ind in catalogue.indicators().values() if ind.id.endswith("_output")
                     for name in (ind.zh, *ind.aliases) if "产" not in name)


def _price_or_trade_said(found: list[Figure], line: _Line, so_far: str, sentence: str,
                         before: tuple[str, str] | str | None) -> bool:
    """Whether a product named bare (`_bare_products`) is a price's or a trade's change, not its output's: in a price
    release, or stated by its change alone (not 猪肉345.6万吨) where the sentence so far says prices or trade and
    not products or output (从主要出口商品看，汽车增长56.7%; 其中手机上涨5.1%; not 主要产品中，…), or in a 其中
    sentence after a price or trade figure."""
    if line.prices:
        return True
    if any(f.measure == "level" for f in found) or _OUTPUT_SAID.search(so_far) is not None:
        return False
    return _PRICE_OR_TRADE.search(so_far) is not None or "上涨" in sentence or sentence.startswith("其中") \
        and isinstance(before, tuple) and catalogue.indicators()[before[0]].section in ("prices", "trade")


_ADDED = re.compile(r"增加(" + NUM + r")" + UNIT_RE)


def _added(clause: str) -> float | None:
    """The amount a change since a base added (比年初增加6543.2亿元), in the catalogue's units."""
    if (m := _ADDED.search(clause)) is None:
        return None
    return catalogue.canonical(m.group(1), m.group(2))[0]


def _since_rate(f: Figure, added: float | None, period: Period,
                out: dict[tuple[str, str, str, bool], Observation]) -> bool:
    """Whether a growth after a change since a base is that base's: the amount added over the level before it, to
    a tenth of a point (3291.7亿元，比年初增加193.8亿元，增长6.3%); when either is not known, it is taken to be."""
    level = next((o.value for k, o in out.items() if k[0] == f.indicator and k[1] == "level" and k[2] == period.key()),
                 None)
    if added is None or level is None or level <= added:
        return True
    return abs(added / (level - added) * 100 - f.value) <= 0.1


_YEAR_ENDING = ("", "12", "Q4")  # a period a year's end closes: since that year's start or its end before is a year
_YEAR_START_BASE = re.compile(r"[比较](?:今年)?年初")
_MONTH_END_BASE = re.compile(r"[比较]上月末")
# (比上年12月 too: in a December's, a fourth quarter's or a year's release a year earlier)
_YEAR_END_BASE = re.compile(r"[比较](?:上年|去年|\d{4}年)(?:末|底|12月|十二月)")
# (not a year whose prices a volume is counted in: 电信业务总量(2023年不变价)460.3亿元)
_A_YEAR = re.compile(r"\d{4}年(?!(?:不变|可比)?(?:单价|价格|价))")
_CN_MONTH_COUNT = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "十一": 11, "十二": 12}
_CN_MONTHS = re.compile(r"前(十[一二]|[一两二三四五六七八九十])个月")
_AVERAGE_SPAN = re.compile(r"(?<![\d.])(1[-—~～至]\d{1,2})(?=平均)")
_BASE_AMOUNT = re.compile(r"(?:比|较|与)(?:\d{4}年|(上年|去年))(?:同期|末|底)?的(\d)")
_WHOLE_OF = re.compile(NUM + UNIT_RE + r"的" + NUM + "%")
_BASE_AMOUNT_YOY = re.compile(r"((?:比|较|与)(?:上年|去年)(?:同期|末|底)?)的\d+(?:\.\d+)?" + UNIT_RE + "?")
_BASE_NAMED = re.compile(r"(?:比|较|与)(?:\d{4}年|上年|去年)(?:同期|末|底)?")  # (see `_clause`)
_REAL_GROWTH = re.compile(r"扣除价格因素|扣除物价因素|实际增长|实际下降")
_NOMINAL = re.compile(r"名义(?:" + _VERB + r"|增速|增幅)")
_PERCENT = re.compile(r"(" + NUM + r")%")
_ENDS_IN_VERB = re.compile(r"(" + _VERB + r")$")
_LEVEL = re.compile(r"(" + NUM + r")" + UNIT_RE)
_FIRST_QUARTER_SAID = re.compile(r"(?:^|[，,：:]|\d{4}年)(?:其中)?(?:今年|本年|当年)?一季度")  # (not 比(上年)一季度…)
_QUARTER_ALONE = re.compile(r"第三季度|当季|单季|其中三季度")
_RUN_OF = re.compile(r"已?连续\d+个?(?:月|年|季度|周|天)")
_PLACES_LISTED = re.compile(r"\d|、|(?<=.)[和及与]|各")
_PLACES_COUNTED = re.compile(r"\d+个?(?:省辖市|地市|市州|市|州)|、|(?<=.)[和及与]|各")  # (not 前7个月, GDP1204亿元)
_LAST_PART = re.compile(r"^.*(?:市|州|盟|地区)(?=.)")  # the city before a county or district in a title
_MILESTONE = re.compile(r"(突破|超过|超|跨越|迈上|站上|逾|近|接近|首超|破)(?:单月|单季|全年|年度)?$")


def extract(text: str, region: str, title: str = "", published: date | None = None,
            stats: ReleaseStats | None = None, tables: tuple[Table, ...] = ()) -> list[Observation]:
    """Extract every recognised figure from a release's text (and a communiqué's tables: `release_tables`),
    then check them against each other."""
    stats = stats if stats is not None else ReleaseStats()
    default, communique = document_context(title, text, published)
    # the release's own place names a subject's scope (全年湖北省货物进出口总额, 北京地区…): not part of it
    place = _place_of(title)
    # (only the release's own: 湖南湖北最新常住人口公布 is Hunan's page when read as Hunan's, and 湖北… in it Hubei's)
    names = {name for name in (*PROVINCES, *OTHER_PROVINCES) if name in place
             and (region not in PROVINCES.values() or PROVINCES.get(name) == region)}
    full_names: set[str] = set()
    if region in PROVINCES.values():
        # 全省… titles: the province still opens clauses (湖北省地区生产总值…)
        names.add(provinces.get(region).zh)
        full_names.add(provinces.get(region).full_zh)
    variants = {v for name in names for v in (name + "省", name + "市", name + "地区", name + "自治区", name)}
    # a city's or county's own release names it too (初步核算，娄底市实现地区生产总值…; 2023年中江县…)
    local = re.sub(r"\(.*?\)", "", place)
    for name in sorted(full_names | variants, key=len, reverse=True):
        local = local.replace(name, "")
    # (not a list or a count of places: 河南17个省辖市和济源示范区上半年经济运行情况 is the province's)
    locals_ = {name for name in (local, _LAST_PART.sub("", local))  # (赣州市章贡区: 章贡区 as well)
               if len(name) >= 2 and SUB_PROVINCIAL.fullmatch(name) and name not in SCOPES  # (…城镇居民收支情况)
               and "的" not in name  # (江西的省会是哪个城市: a question, no place)
               and not _PLACES_LISTED.search(local)}
    if not locals_ and not _PLACES_COUNTED.search(local) and (city := _any_city().search(local)) is not None:
        # a city the title names bare, or with words after it (南昌一季度实现GDP…, 前7个月南阳市经济…)
        locals_ = {city.group(0), city.group(0).rstrip("市州") + "市"}
    # (an autonomous prefecture names itself short in its text: 恩施土家族苗族自治州's 全年恩施州实现…, 湘西州…)
    for name in tuple(locals_):
        if name.endswith("自治州") and (short := _any_city().match(name)) is not None:
            locals_.add(short.group(0).rstrip("州") + "州")
    # (in a city's or county's release the province's name names the province: 河南省工业生产者出厂价格…)
    own = sorted(locals_ or full_names | variants, key=len, reverse=True)
    # (济源示范区's release names its whole by its kind alone, 全年示范区生产总值…, as a city's 全市…)
    own += [kind for kind in _KIND_AS_WHOLE if any(name.endswith(kind) and name != kind for name in locals_)]
    # the province's own name opening a clause reads as its scope word (河南省2019年地区生产总值… as 全省…: a
    # clause about the release's own province after one about another); a city's or county's is dropped
    own_scope = "" if locals_ or region not in PROVINCES.values() \
        else "全市" if provinces.get(region).full_zh.endswith("市") \
        else "全省" if provinces.get(region).full_zh.endswith("省") else ""
    # 全州 in an autonomous prefecture's release, 全区 in an autonomous region's: the whole of the release's
    # area, as 全省 and 全市 are (in a province's release 全州, 全区 are a prefecture's or a district's)
    whole = _whole_kind(place, full_names)
    # (a province's release whose title names a city, 湖南14市州GDP排行出炉，郴州勇夺…, has no city of its own)
    cities = _other_cities(region, place if locals_ else "")
    # (the words a city's or county's release names its whole by, not 全省, the province's: 全市 or 全县, 我县, its
    # kind, 示范区, and its own name, 宜昌市 or 宜昌)
    kind = next((n[-1] for n in own if n[-1] in _LOCAL_WHOLE_WORDS), "市")  # 市, 县, 区, 州…
    local_whole = (*_LOCAL_WHOLE_WORDS.get(kind, ()), "我" + kind, *own,
                   *(n[:-1] for n in own if len(n) > 2 and n[-1] in _LOCAL_WHOLE_WORDS)) if locals_ else ()
    out: dict[tuple[str, str, str, bool], Observation] = {}
    subject: tuple[str, str] | str | None = None  # the last sentence's subject, UNKNOWN, or none
    opening = False  # the line is the first of a numbered section (十五、民族自治地方经济)
    area = False  # the section's heading names an area (十四、县域经济)
    years_section = False  # …a span of years (see `_YEARS_HEADING`)
    years_alone: bool | None = None  # …on a line of its own (its shape: （一）… or not), ended by the next such
    elsewhere = False  # the section is about another area: it opened with that area's GDP
    renminbi = False  # a note (人民币，下同) in this section made its balances renminbi ones
    month_section = False  # the section's heading says its changes are month on month (…价格环比变动情况)
    old_base = False  # a note set the text's base to a year before the last (比2019年同期(下同)增长37.9%)
    # the months to date the paragraph before ended in (1-4月，…): a paragraph opening with 其中 lists its parts
    carried: Period | None = None
    # (a copy that lost its line breaks: 。 三、工业和建筑业 全年…: a numbered heading after a sentence starts a line)
    text = _abbreviated(_fold(text))
    # (a figure's number and unit in two paragraphs, as a CMS split them: 地区生产总值（GDP）2191.55</p><p>亿元…)
    text = _UNIT_BROKEN.sub("", text)
    if "平均" in text:
        text = _AVERAGE_SPAN.sub(r"\1月", text)  # (1-8平均，…: the 调查总队's months to date, 1-8月平均)
    if "前" in text and "个月" in text:
        text = _CN_MONTHS.sub(lambda m: f"前{_CN_MONTH_COUNT[m.group(1)]}个月", text)  # (前六个月: 前6个月)
    if "—" in text or "－" in text or " -" in text or "。 " in text:
        text = _PAGE_NUMBER.sub("", text)  # (a PDF's page number, wherever a page broke: 比上年增 —7— 长3.8%)
    if "。" in text:
        text = _RUN_ON_HEADING.sub("\n", text)
    if " 全" in text or " 年末" in text or "\u3000全" in text or "\u3000年末" in text:
        text = _AFTER_RESIDUE.sub(_residue_cut, text)
    lines = text.splitlines()
    retail_total: float | None = None  # the last total of retail sales filed (see `_the_wholes`)
    # (the last numbered section's heading: a note past it is the notes section, one before it a table's note)
    last_section = max((i for i, ln in enumerate(lines) if _SECTION.match(ln.lstrip())), default=-1)
    for row, line in enumerate(lines):
        # a heading run into its section's first paragraph, a space between (六、财政金融 全年一般公共预算收入…)
        heading = _HEADING_RUN.match(line)
        for shape in (_HEADING_PLAIN, _HEADING_GLUED) if heading is None else ():
            # (and its section opens with its period, scope or a subject: not 工业投资 同比增长 12.5%)
            if (plain := shape.match(line)) and (LEAD.match(after := _tidy(line[plain.end(): plain.end() + 40]))
                                                 or head_indicator(after) is not None):
                heading = plain
                break
        if heading:
            area = _HEADING_AREA.search(heading.group(1)) is not None
            line = line[heading.end():]
        line = _tidy(line)
        for name in own:
            if name in line:
                line = _without_name(line, name, own_scope)
        if "该省" in line and not _ANY_PROVINCE.search(line, 0, line.index("该省")):
            line = line.replace("该省", "全省")  # (该省规模以上工业…, when no other province was named before it)
        if whole is not None and ("全" + whole in line or "自治州" in line or "自治县" in line):
            line = _WHOLE_LEAD.sub(lambda m: m.group(1) if m.group(2) == whole else m.group(0), line)
        if (note := FOOTNOTE_START.match(line)):
            if out and not (note.group(0).endswith(("来源:", "来源：")) and note.end() < len(line) <= _CAPTION):
                break  # notes and definitions follow: scope thresholds, methods, sources
            continue  # a source line above the text, or a chart's (数据来源:中商产业研究院大数据库): that line only
        if NOTE_LINE.match(line):
            if out and _NOTES_HEAD.match(line) and row > last_section:
                break  # 注： on its own, or opening a numbered list (注：1.本公报…), past the last section: the notes
            continue  # (a note under a table, with sections after it: that note only)
        if heading or _SECTION.match(line):
            opening, elsewhere, renminbi, carried = True, False, False, None
            month_section = "环比" in (heading.group(1) if heading else line[:20])
            # (十五、“十四五”时期发展成就。全市累计…: the heading's words only)
            years_section = _years_heading(heading.group(1) if heading else _SECTION.sub("", line).split("。")[0])
            years_alone = None
            if not heading and len(line) <= 20 and not _DIGIT.search(line):
                area = _HEADING_AREA.search(line) is not None
                continue  # the heading on a line of its own
        if elsewhere or not line:
            continue
        if _heading_alone(line):
            numbered = _NUMBERED_ALONE.match(line) is not None
            if _years_heading(line, alone=True):  # (“十四五”时期发展成就, （十五）“十四五”时期主要成就)
                years_section, years_alone = True, numbered
                continue
            if years_alone is numbered or _WHOLE_YEAR.search(line):  # (（二）经济运行; 2025年经济运行情况: the year's)
                years_section, years_alone = False, None
        if renminbi and len(line) <= 20 and not _DIGIT.search(line):
            renminbi = False  # a heading of any shape (【人民生活】, 第九部分 保险, 金融) ends a 下同 note's reach
        if not old_base and "下同" in line and (m := _OLD_BASE_NOTE.search(line)) is not None:
            old_base = int(m.group(1)) != default.year - 1
        state = _Line(area=opening and area, renminbi=renminbi, document=default, cities=cities, old_base=old_base,
                      whole_words=_PROVINCE_WHOLE if own_scope == "全省" else _WHOLE_WORDS, local_whole=local_whole,
                      prices=_PRICE_RELEASE.search(title) is not None)
        # the release's own months to date a sentence of the paragraph opened with (1-4月，… in April's release):
        # they hold for its later sentences naming no period that state flows, not the month alone's; a lagging
        # window (1-4月 profits in May's), a month's end or a month holds for its own sentence only
        to_date: Period | None = carried if line.startswith("其中") else None  # (…the paragraph before's)
        opened: Period | None = to_date  # the period the last sentence opened with (1-5月份，…)
        # an earlier year a sentence of the paragraph opened with (2023年，全省年末常住人口…。城镇化率…): it holds for
        # the later sentences naming no period, until one names its own
        year_before: Period | None = None
        month_end = False  # …a month's end (3月末，…): a moment, the stocks' (balances, hogs in stock) only
        month_on_month = False  # the last sentence's changes were on the month before (…环比下降0.2%)
        part_prices = False  # …were a part's consumer prices (see `_PART_PRICES`)
        registered: float | None = None  # the registered (户籍) population the paragraph stated
        month_paragraph = False  # …and so are the paragraph's from a 环比方面 sentence until one says 同比
        lone = False  # the last sentence was one part, not a 其中 one (see `_MONTH_ALONE_CHANGE`)
        quota_led = False  # the above-quota units' figures (see `state.above_quota`) opened a sentence, not a 其中 one
        # …and the retail total and growth it stated (限额以上单位消费品零售额567.8亿元，增长6.1%), if retail
        quota: tuple[float | None, float | None] | None = None
        fulls = line.split("。")
        years_paragraph = years_section  # (see `_YEARS_HEADING`)
        for number, full in enumerate(fulls):
            state.planned = False
            if full[:1] in _ITEM_OPENERS and (item := _ITEM_NUMBER.match(full)) is not None:
                full = full[item.end():]  # (1、全年农林牧渔业增加值…; (3)全年固定资产投资…: a list's item number)
            if full[:1] in _QUOTE_OPENERS and not any(q in full for q in _QUOTE_CLOSERS):
                # (“全省生猪出栏6016.0万头,比上年下降4.3%。”: a figure quoted, as a report quotes it; not “双11”期间…)
                full = full[1:]
            # (全年市区居民消费价格…。其中食品烟酒价格下降1.0%; …。分类别看，…: the urban districts' prices' parts)
            state.part_prices = part_prices and (full.startswith("其中") or _BREAKDOWN.match(full) is not None
                                                 and not _WHOLE_NAMED.search(full, 0, 12))
            if full.startswith("其中"):
                if month_on_month and not YOY_BASE.search(full):
                    continue  # …总水平环比下降0.2%。其中食品烟酒价格下降1.1%: its parts' changes are month on month
                if state.foreign and not _WHOLE_NAMED.search(full, 0, 8):
                    continue  # 南阳…GDP达2389.83亿元。其中，第二产业增加值…: that place's parts
            elif state.nation_carry and _BREAKDOWN.match(full) and not _WHOLE_NAMED.search(full, 0, 12):
                continue  # (…全国居民人均可支配收入20733元…。分城乡看，…: the nation's figures broken down)
            else:
                opened = to_date if to_date is not None and not _MONTH_FIGURES.search(full) else year_before
                state.nation_carry = False
            state.ours_in_sentence = False
            own_year: Period | None = None  # the earlier year the sentence opened with (see below)
            # (全年市区居民消费价格…, 全市城市居民消费价格…: a part's prices, and so the prices of their 其中 or
            # 分类别看 after them; not 市区居民消费价格上涨0.4%，全市居民消费价格上涨0.3%。其中…, the whole's parts, nor
            # 其中城市居民消费价格…, nor 城镇…，农村上涨0.4%: the whole's split, its categories after it the whole's)
            part_prices = state.part_prices or "居民消费价格" in full \
                and _PART_PRICES.match(strip_lead(full)[0].lstrip("，,")) is not None \
                and _WHOLE_PRICES.search(full) is None and not full.startswith("其中") \
                and len(set(_PRICE_PARTS.findall(full))) == 1
            # (从两年平均增速看，…同比分别增长4.7%…；…: the sentence's growths are averages, unless it names its
            # averages apart from its growths: 从两年平均看，…同比增长38.1%，两年平均增长2.1%)
            state.averaged = _AVERAGED.match(full) is not None \
                and len(_AVERAGE_WORDS.findall(_SEMICOLON.split(full, 1)[0])) == 1
            # (与2020年相比，全市地区生产总值增长33.5%: its changes are on a year long before, no year's)
            state.earlier_base = (lead := _EARLIER_YEAR_LEAD.match(full)) is not None \
                and int(lead.group(1)) < default.year - 1
            if month_section and not YOY_BASE.search(full):
                continue  # 二、各类商品及服务价格环比变动情况 / 食品烟酒价格上涨0.6%: on the month before
            if _opens_month_on_month(full) and not YOY_BASE.search(full):
                # 环比方面，11月份食品烟酒价格上涨1.8%。其中…；衣着价格…: on the month before, all of it
                month_on_month = month_paragraph = True
                continue
            if month_paragraph and _month_on_month_goes_on(full):
                continue  # (its prices, not 1-11月份，全省规模以上工业增加值… after them)
            month_paragraph = False
            # a period the sentence opens with holds past its semicolons, and into a 其中 sentence after it
            # (1-5月份，商品房销售面积…；销售额…: not the release's own month)
            head = full[:12]
            if ("：" in head or ":" in head or "称" in full or "显示" in full or "公布" in full) \
                    and (said := _SAID.match(full)):
                head = full[: said.end() + 12]  # (…通报…称:至6月末,…; 6月末数据显示，…: the lead's or the one said)
            named = period_in(_unsince(COMPARED.sub("", head)), default.year) \
                if not _BASE_HEAD.search(head[:2]) and not _based(full) else None  # (not 7月份以来，…)
            names_period = named is not None  # (全年… too, which opens no period in a communiqué: see below)
            if named is not None:
                # (a sentence naming its own period, 全年… or 年末… in a communiqué too, is not the earlier year's;
                # nor is one naming a base, 2023年同期为…)
                opened = None if opened is year_before else opened
                year_before = named if not named.label and named.year < default.year \
                    and _A_YEAR_OPENS.match(head) is not None else None
                own_year = year_before  # (…and past its semicolon, for the same figure's family: see below)
            if named is not None and communique and (not named.label or named.label.startswith("Q")
                                                     or named.cumulative or _WHOLE_YEAR_WORDS.search(full, 12)):
                # (a communiqué's 分季度看，一季度…；… or 上半年受…影响；… opens no period: a month does, unless the
                # sentence goes on to the whole year: 12月份…；全年居民消费价格…)
                named = None
            if (ended := _year_end(named, head, default, communique)) is not None:
                opened, month_end = ended, _MONTH_END.search(head) is not None
                to_date = ended if ended.cumulative and not month_end and not default.cumulative \
                    and (ended.year, ended.label) == (default.year, default.label) else None
            month_on_month = "环比" in full and not YOY_BASE.search(full)
            # 全年户籍出生人口7.9万人,出生率8.41‰;死亡人口…: the registered population's, not the resident one's
            # 分城乡看,限额以上城镇消费品零售额…;乡村消费品零售额…: the above-quota units' parts, to the sentence's end
            # (…限额以上企业(单位)实现消费品零售额…。其中，网上零售额…; …。按经营地分，城镇零售额…: its parts too,
            # unless they name the whole or their figures say they are the whole's: see `_the_wholes`; not after
            # 其中，限额以上…。按经营地分，…: the whole's parts again, as the nation's release has them)
            quota_led = state.above_quota and quota_led
            if _above_quota(full):
                state.above_quota, quota = True, _quota_figures(full)
            else:  # (its breakdown after it: only a retail total's)
                state.above_quota = state.above_quota and (
                    full.startswith("其中") or quota_led and quota is not None and _BREAKDOWN.match(full) is not None
                    and _WHOLE_NAMED_HERE.search(full, 0, 16) is None
                    and not _the_wholes(full, state.filed_here.get("retail_sales") or retail_total, quota))
            quota_led = state.above_quota and (quota_led or not full.startswith("其中"))
            # (年末全市总人口(户籍)…; …户籍人口…。其中城镇人口…: its parts too)
            # (…and the births and deaths right after it, when their rate is on the registered population, or no
            # resident population was named: 年末全市户籍人口221.6万人。全年出生人口7742人，出生率3.48‰)
            # (全市人口中，…: the population just stated, the registered one's parts, and its births unless their rate
            # is on the residents)
            head_words = strip_lead(full)[0] if state.registered else ""
            among = state.registered and head_words.startswith("人口中") and "常住" not in full
            if among:
                head_words = strip_lead(head_words[3:].lstrip("，,"))[0]
            vital = state.registered and _VITAL.match(head_words) is not None and "常住" not in full
            state.registered = "户籍" in full and "户籍" in _TEXT_CLAUSES.split(full, 1)[0] \
                or (state.registered and full.startswith("其中")) \
                or (among or vital) and _on_registered(full, registered, next(
                    (o.value for o in out.values() if o.indicator == "population_resident" and o.measure == "level"),
                    None), among)
            if "户籍" in full and (reg := _REGISTERED_POPULATION.search(full)) is not None:
                registered = float(reg.group(1)) * (1e4 if reg.group(2) else 1)
            at = opened or default
            sole_before = state.sole  # (…营业收入2254.6亿元…。利润总额59.4亿元…: the same firms')
            if named is None and len(state.filed) == 1 \
                    and (full.startswith("其中") and at not in state.filed
                         or sole_before is not None and at is default and full.startswith(_ENTITY_GOES_ON)):
                # (前7个月我省外贸…特点：7月当月…进出口完成482.5亿元…。其中，出口321亿元…: the one period the sentence
                # before filed its figures in, when it was not the one it opened with; not 1-10月…，其中10月份…。其中…;
                # and the same firms' in it: 1-9月，…营业收入…。实现利润总额610亿元…)
                at = next(iter(state.filed))
            state.filed = set()
            # (not (1-10月，)分行业看，高技术制造业…: a part; 从主要指标看，全市… is the whole)
            lone_before, lone = lone, not full.startswith("其中") and not _SEMICOLON.search(full) \
                and ((b := _BREAKDOWN.search(full, 0, 16)) is None or _WHOLE_NAMED.match(full, b.end()) is not None)
            state.per_head, state.sole, state.unknown_total, state.narrowed = False, None, None, frozenset()
            state.renminbi_led = False
            # (…；各项贷款余额…；其中外币贷款余额…, or …。其中，人民币贷款余额…: a part after it names the currency)
            later = _SEMICOLON.split(full, 1)[1:] + [n for n in fulls[number + 1:number + 2] if n.startswith("其中")]
            state.currency_later = any("外币" in p or "人民币" in p for p in later)
            state.area_doer = False
            if "建" in full or "资质" in full or state.builders:
                state.builders = (state.builders or _CONSTRUCTION_FIRMS.search(full) is not None) \
                    and _DEVELOPERS.search(full) is None
            parts_of_unknown = False
            parts_of: tuple[str, str] | None = None
            after_parts = False
            month_parts = False  # (从环比看，…；从同比看，…: the parts after a 环比 head until one says 同比)
            before = ""  # the part before the semicolon
            # (…。全市城镇新增就业25.2万人: the span's, but for the levels it reached, 全市人均地区生产总值达到8.4万元,
            # and its stocks and rates; …。全市社会消费品零售总额2150.3亿元，增长了5.2%: the year's, but for its totals;
            # under a span's heading only a change on the year before makes a sentence the year's)
            in_span = years_paragraph and not names_period
            state.years_strict = in_span and not _states_change(full, bare=not years_section)
            state.years_carry = in_span and not state.years_strict
            # (…。全年全省原煤产量…: the year's again, to the paragraph's end; 近三年，…: a remark, no span's paragraph)
            years_paragraph = years_section if names_period else years_paragraph \
                or _YEARS_WINDOW.match(full) is not None and _LONG_SPAN.match(full) is not None
            for k, sentence in enumerate(_SEMICOLON.split(full)):
                if not sentence:
                    continue
                if _opens_month_on_month(sentence) and not YOY_BASE.search(sentence) \
                        or month_parts and _month_on_month_goes_on(sentence):
                    month_parts = True
                    continue
                month_parts = False
                if k > 0 and state.averaged and YOY_BASE.search(sentence) is not None:
                    state.averaged = False  # (…；5月份，…同比增长8.9%: past the frame, a year-on-year growth again)
                if subject == UNKNOWN and not state.known_last \
                        and (sentence.startswith("其中") or k > 0 and sentence.startswith(_ONE_WAY)
                             and _ONE_WAY_OF.match(strip_lead(before)[0]) is not None):
                    # 其中，进口…；出口…: the parts belong to the unknown total; so does the other way of a trade
                    # the catalogue does not hold after a semicolon (高新技术产品进口7.3亿美元…；出口5.7亿美元…; not
                    # 全省外贸稳中提质，进出口总值…；出口…)
                    parts_of_unknown = True
                elif subject == UNKNOWN and k > 0 and sentence.startswith(_BALANCE_NAMES) \
                        and _HOLDERS_BALANCE.match(strip_lead(strip_lead(before)[0].lstrip("，,"))[0]):
                    continue  # 农村金融合作机构(…)人民币存款余额…；人民币贷款余额…: those institutions' loans too
                elif sentence.startswith("其中") and isinstance(subject, tuple):
                    parts_of = subject
                # after a semicolon the subject before it may still name the entity (…营业收入…；实现利润总额…),
                # unless it was a part (其中人民币存款余额…；贷款余额… is not the renminbi loans)
                entity = state.sole if k > 0 and not after_parts \
                    else sole_before if k == 0 and (sentence.startswith(_ENTITY_GOES_ON)
                                                    or lone_before and _MONTH_ALONE_CHANGE.match(sentence)) else None
                # (3月末生猪存栏…；猪肉产量…: the output is the release's period's, not the moment's)
                moment = not month_end or (k == 0 and not full.startswith("其中")) or _STOCK_WORDS.search(sentence)
                state.first_part = k == 0
                state.row_before = k > 0 and (_ROW_WRITTEN.match(before) or _PERIOD_OPENED.match(before)) is not None
                if k == 0:
                    opener = _CLAUSE_SPLIT.split(full, 1)[0]
                    state.years_window = state.years_strict or _YEARS_WINDOW.match(opener) is not None
                    state.window_opened = state.years_window \
                        or (_DAYS_WINDOW.match(opener) or _HOLIDAY.fullmatch(opener)) is not None
                elif state.years_window:
                    pass  # (“十四五”时期，…；…: the span's past the semicolon, until a period is named)
                elif state.window_opened and _ends_window(sentence, part=True):
                    state.window_opened = False  # (…；全省社会消费品零售总额…: the release's own again)
                state.month_end = at if month_end and moment else None
                if state.month_end is not None and not state.month_end.cumulative and "余额" in sentence:
                    state.balances_at = state.month_end  # (not 截至9月末，全市生猪存栏…: no balance's end)
                # (the opening year, for the next part about the same figure's family: 2024年我市R&D经费投入…；R&D经费
                # 投入强度2.05%…, not …；全年…, nor …；专利授权量… or the parts after it)
                part_at = own_year if k == 1 and own_year is not None and at is default \
                    and own_year in state.filed and isinstance(subject, tuple) \
                    and not _names_a_period(sentence, default) and (h := head_indicator(sentence)) is not None \
                    and _one_family(h[0], subject[0]) else at
                subject = _sentence(sentence, region, part_at if moment else default, communique, out, stats,
                                    UNKNOWN if parts_of_unknown else subject, parts_of_unknown,
                                    published.isoformat() if published else None, entity, parts_of, state)
                if isinstance(subject, tuple):  # (…地区生产总值…。三次产业结构为…。分产业看，第一产业增长3.9%…)
                    state.gdp_last = subject[0] in GDP_FAMILY or subject[0] == "gdp_per_capita"
                after_parts, before = sentence.startswith("其中"), sentence
                if "其中" in sentence and isinstance(subject, tuple) and parts_of is None:
                    # 实际使用外资…，其中，第一产业…；第二产业…: the parts named inside go on after the semicolon
                    parts_of = subject
        # 十五、民族自治地方经济 / 2024年，民族自治地方…实现地区生产总值…: the section's figures are that area's
        elsewhere, opening = opening and state.opens_elsewhere, False
        retail_total = state.filed_here.get("retail_sales") or retail_total  # (the whole's, for a later paragraph)
        carried = to_date
        renminbi = state.renminbi  # (下同: the paragraphs after it in the section too)
    if communique:  # (a monthly release's tables have columns of months: 5月 | 1-5月; left to its sentences)
        # (the words a table names the release's whole by: 全省 in a province's, 全市 or 全县 in a city's or county's)
        whole_words = _PROVINCE_WHOLE if own_scope == "全省" else _LOCAL_WHOLE_WORDS.get(kind, ())
        _table_figures(tables, region, default, out, stats, published, tuple(own), whole_words)
    # one release stating two values for one figure: which is meant cannot be told, so neither loads
    for key in sorted(stats.conflict_keys):
        stats.rejected.append((out.pop(key), "the release states this figure twice with different values: "
                                             + "; ".join(c for c in stats.conflicts if c.startswith(str(key)))))
    kept, rejected = check(list(out.values()))
    stats.rejected.extend(rejected)
    return kept


def _table_figures(tables: tuple[Table, ...], region: str, period: Period,
                   out: dict[tuple[str, str, str, bool], Observation], stats: ReleaseStats,
                   published: date | None, own: tuple[str, ...], whole: tuple[str, ...]) -> None:
    """File a communiqué's table figures the text does not state; one the text states too (in the same unit: not
    dollars against yuan) is only compared (a table rounds as it likes: 233460吨 for 23.35万吨), and one too far
    apart from it is a conflict."""
    for table in tables:
        for f in table_figures(table, period.year, own, whole, _OTHER_NAMES):
            key = (f.indicator, f.measure, period.key(), period.cumulative)
            prior = out.get(key)
            stats.used += 1
            level = out.get((f.indicator, "level", key[2], key[3]))
            if prior is not None and prior.unit != f.unit or f.basis and level is not None and level.unit != f.basis:
                continue  # (a table in dollars where the text states yuan: its growth is the dollars')
            if prior is None:
                out[key] = Observation(region=region, indicator=f.indicator, measure=f.measure, period=key[2],
                                       value=f.value, unit=f.unit, cumulative=period.cumulative, preliminary=True,
                                       source_text=f.source, indicator_zh=f.name,
                                       published_date=published.isoformat() if published else None)
            elif prior.value is not None and (abs(prior.value - f.value) > _TABLE_RATE_GAP if f.unit in _RATE_UNITS
                                              else _rel_gap(prior.value, f.value) > _TABLE_LEVEL_GAP):
                stats.conflicts.append(f"{key}: {prior.value} then {f.value} (a table)")
                stats.conflict_keys.add(key)


_RATE_UNITS = ("pct", "permille", "index")
# (a caption naming a province or a city bare: 湖北主要农产品产量 in a city's, 襄阳… in a county's)
_OTHER_NAMES = (*PROVINCES, *OTHER_PROVINCES,
                *(city for p in provinces.provinces() for city in p.cities))
_TABLE_RATE_GAP = 0.5  # points: more than the text's rounding of a rate can explain (增长5% against a table's 5.2)
_TABLE_LEVEL_GAP = 0.2  # percent of a level: more than rounding can explain (233460吨 against 23.35万吨 is 0.02%)


# a figure named with one of these words and again without it, with another value: the named one is the catalogue's
# (地方一般公共预算收入, not the total with the upper levels' shares; 实际利用外商直接投资, not 实际利用外资 with
# foreign loans and other capital)
_NARROWER = ("地方", "直接投资")
_THE_NATIONS = ("国内生产总值", "人均国内生产总值")  # names the nation's figures go by (older provinces' too)
# (not the bureau's survey teams, nor the central bank's branches)
_NATION_SAID = re.compile(r"全国|我国|国家统计局(?!\S{0,6}调查)|中国(?!人民银行\S{2,6}(?:分行|支行))")
# (2023年，…; not 2023年同期为…, nor when a policy began: 2024年起全市实施…)
_A_YEAR_OPENS = re.compile(r"\d{4}年(?!同期|和|、|与|至|[-—~～]|以来|起|开始|的|\d)")
# a sentence opening with the attribute alone goes on with the entity the sentence before named (规模以上工业企业)
_ENTITY_GOES_ON = ("利润", "营业收入", "主营业务收入", "实现利润", "实现营业收入", "实现主营业务收入")
# a sentence opening with the month alone's change goes on with the one entity the sentence before named
_MONTH_ALONE_CHANGE = re.compile(r"(?:\d{1,2}月份?|本月)(?:当月|单月)[，,]?(?:同比)?(?:增长|下降|上涨|回落)")
# …and one opening with a period and its figure at once after a part that did the same, a row written as text
# (社会消费品零售总额：10月2100.5亿元，增长5.2%；1-10月19876.3亿元，增长6.1%), or that opened with its period
# (1-10月，全省原煤产量…；10月份1100万吨…), its figure standing alone (not 10月1-7日312.5万吨, 10月份5大主导产业…,
# 10月份1.2万辆出口…, 10月份2.3亿美元的…), and no bare yuan (…销售额3456.7亿元…；10月份7890元 is a price)
_PERIOD_FIGURE_AT = (r"(?:1[-—~～至])?\d{1,2}月份?(?:累计|当月|单月)?(?:同比)?(?:增长|下降|上涨|回落)?"
                     r"(?!" + NUM + r"万?元)" + _STANDALONE_FIGURE)
_PERIOD_FIGURE = re.compile(_PERIOD_FIGURE_AT)
_ROW_WRITTEN = re.compile(r"[^，,；;。]{0,30}?" + _PERIOD_FIGURE_AT)
# (not after a stock, a month's end or a part listing its parts: 10月末，…余额…；1-10月4567.8亿元 is no balance, nor
# 10月份，…用户达5678.9万户；1-10月123.4万户 the subscribers; …，其中工业投资增长12.3%；10月份增长4.2% may be either's)
_PERIOD_OPENED = re.compile(r"(?:\d{4}年)?(?:1[-—~～至]\d{1,2}月份?|\d{1,2}月份?(?![末底])|前三季度|上半年|全年)[，,]?"
                            r"(?![^；;]*(?:其中|余额|总数|达|末))")
_QUOTE_CLOSERS = ("”", "」", "』")
_QUOTE_OPENERS = ("“", "「", '"', "『")
UNKNOWN = "unknown"  # a subject the catalogue does not hold
_DOER_VERBS = ("实现", "完成", "累计实现", "累计完成")
_AREA_DOER = re.compile(r"[\u4e00-\u9fa5]{1,10}?(?:经济体|城市群|都市圈|经济区|经济带|示范区|试验区|新区|片区|"
                        r"园区|开发区|高新区|经开区)"
                        r"(?=[^，,；;：:]*\d)")  # (stating a figure: not 江西作为国家生态文明试验区，…, a remark)
# a place a ranking names (强度提高最快的是抚州市,比上年提高0.28个百分点): what follows is that place's
_WHICH_IS = re.compile(r"(?:最|前|首|第)[^，,；;。]{0,4}的[是为]")
_URBAN_AREA = re.compile(r"市?(?:中心城区|主城区|城区|市区)(?!县)")  # (市城区: the city's urban districts)
_AIR_QUALITY = frozenset(("air_quality_good_days", "pm25"))  # (what a city measures in its urban districts)
_URBAN_AIR = re.compile(_URBAN_AREA.pattern
                        + r"[^，,；;。\d]{0,4}?(?:环境空气|空气|大气|PM|细颗粒物|可吸入颗粒物|优良天数)")
_WHOLE_AGAIN = ("我市", "本市", "市域", "全域", "我县", "本县", "县域")  # (the whole's words beside 全市…)
_PRODUCER_PRICES = frozenset(("ppi", "ppirm"))
# what counts the year's new ones, not all (新认定, 新增, 获评…国家级…企业)
_NEWLY = re.compile(r"新认定|新增|新培育|新入库|新认证|新晋|新备案|新建|净增|获评|获批|入选|评为|认定为")
# (…and a count of them, not a rate listed after: …、高新技术企业689家 after 新认定… are the year's new ones)
_NEW_COUNT = re.compile(r"\d万?(?:家|个|所|户|座|张)")
# (…unless the list states a total: …、高新技术企业累计达1520家, …达到1320家 are all of them)
_STOCK_SAID = re.compile(r"累计|总数|总量|总计|有效|年末|共有|拥有|存量|达到|增至|增加到|突破")
_COUNTED_TOGETHER = re.compile(r"[和及与、][\u4e00-\u9fa5]{1,10}?(?<!各)(?:共有|共计|合计|共)?\d+(?:\.\d+)?万?"
                               r"(?:所|个|家|座|处)")  # (two kinds counted together: 普通高校和成人高校7所)
# a number with two decimal points, or two numbers glued (308.13-2.5), right after a name: a table's cells run together
# into the sentence after it (其中：一般贸易334.321.2加工贸易22.2632.5 全年全市服务进出口总额296.27亿元…: the figure is
# another subject's)
_GLUED_CELLS = re.compile(r"(?!(?:19|20)\d\d\.\d{1,2}\.\d{1,2}(?!\d))\d+\.\d+-?\d*\.\d")  # (not 2025.12.31)
_GROWTH_ONLY = re.compile(r"(?:比上年|同比|较上年)?(?:增长|下降)")  # (a name's growth right after it, no amount)
# a city's own transit: a bare 客运量 after it is its riders (年末全市地铁运行线路3条…，其中，2025年度客运量1.89亿人次)
_CITY_TRANSIT = re.compile(r"(?:城市|市内|城区)?"
                           r"(?:地铁|轨道交通|轻轨|有轨电车|公交|公共交通|公共汽|出租|网约车|索道|轮渡)")
# …named by what it runs (地铁运行线路…, 城市轨道交通运营里程…; not 出租汽车1200辆, a fleet)
_CITY_TRANSIT_RUN = re.compile(_CITY_TRANSIT.pattern + r"[^，,；;。\d]{0,4}?(?:运营|运行|线路|客运|运送|乘客|载客)")
_VITAL = re.compile(r"(?:人口)?(?:出生|死亡)")  # (births and deaths)
# (户籍人口…; 户籍人口总户数252.9万户，总人口804.0万人, 邵阳 2025; not its 城镇人口)
_REGISTERED_POPULATION = re.compile(r"户籍[^。；;]{0,24}?(?<!城镇)(?<!乡村)(?:总)?人口(?:总数|总量)?(?:为|达到?|是)?("
                                    + NUM + r")(万)?人")
_BIRTHS_AND_RATE = re.compile(r"出生(?:人口)?(?:为|达到?)?(" + NUM + r")(万)?人[^。；;]*?出生率(?:为)?(" + NUM + r")‰")


def _on_registered(full: str, registered: float | None, resident: float | None, among: bool = False) -> bool:
    """Whether the births a sentence states after the registered population's are the registered ones': their rate
    fits that population and not the resident one (沈阳 2025: 3.4万 born, 4.40‰, on 763.2万 registered, not 927.6万
    residents), or, with no rate to tell, no resident population was named before them or the sentence says they
    are among the registered (`among`: 全市人口中，出生人口…)."""
    m = _BIRTHS_AND_RATE.search(full)
    if m is None or registered is None:
        return among or resident is None
    rate, born = float(m.group(3)), float(m.group(1)) * (1e4 if m.group(2) else 1)

    def error(population: float) -> float:
        return abs(born / population * 1000 - rate) / rate if rate > 0 else 1.0
    return error(registered) <= 0.03 and (resident is None or error(resident) > 0.03)

_WHOLE_PRICES = re.compile(r"全[省市县区州]居民消费价格")
_PRICE_PARTS = re.compile(r"市区|城区|城市|城镇|农村|乡村")
_PART_PRICES = re.compile(r"(?:中心城区|主城区|" + _PRICE_PARTS.pattern + r")居民消费价格")  # (a part's)
# the firms above the designated size: a bare 工业增加值 after them is theirs, not all industry's (全市2693家规模以上
# 工业企业完成总产值…，工业增加值增长8.0%), and whose firms, a park's or the region's, the sentence may not say
_ABOVE_SCALE = re.compile(r"规模以上工业|规上工业|规模工业")
# (…unless their value added is named apart: 工业增加值 is then all industry's)
_ABOVE_SCALE_VALUE = re.compile(r"(?:规模以上|规上|规模)工业(?:企业)?(?:实现)?增加值")
_PASSENGERS = frozenset(("passenger_volume", "passenger_turnover"))
_WHOLE_NAMED_HERE = re.compile(r"全省|全市|全县|全区|全州")
_AREA_WORDS = re.compile(r"[体群圈区带]")  # (a look before `_AREA_DOER`: the words its areas end with)
_BUILDERS = re.compile(r"建筑业|建筑企业|资质|^房屋建筑")  # a construction firms' total, not a developers''


def _outside(found: list[Figure], narrowed: frozenset[str], clause: str) -> list[Figure]:
    """The figures listed with 分别 that are not of a part the sentence narrowed its subjects to (全年公路货运量和货物
    周转量分别为…: the road's; 对东盟进出口…，出口、进口分别…: the partner's), unless the clause names the whole."""
    if not narrowed or _WHOLE_NAMED.search(clause):
        return found
    return [f for f in found if f.indicator not in narrowed]


def _context_alias(indicator: str, printed: str) -> bool:
    """Whether the name as printed is the catalogue name's tail (新开工面积 of 房屋新开工面积): it leans on the
    total named before it for what it counts."""
    zh = catalogue.indicators()[indicator].zh
    return printed != zh and zh.endswith(printed)


def _sentence(sentence: str, region: str, default: Period, communique: bool,
              out: dict[tuple[str, str, str, bool], Observation], stats: ReleaseStats,
              before: tuple[str, str] | str | None = None,
              parts_of_unknown: bool = False, published: str | None = None,
              entity: tuple[str, str] | None = None,
              parts_of: tuple[str, str] | None = None, line: _Line | None = None) -> tuple[str, str] | str | None:
    """Extract one sentence's figures; return its subject for a following 其中 sentence.

    `parts_of_unknown`: the sentence lists parts of a total the catalogue does not hold; a subject
    that only means something with its total (出口, 进口, 城镇) is then not ours to read. `entity`: the
    subject of the sentence before a semicolon, whose entity a sibling attribute may share (see
    `_sub_subject`). `parts_of`: the subject a 其中 sentence before a semicolon listed the parts of; its
    list goes on after the semicolon (其中，第一产业…；第二产业…). `line`: the paragraph's state.
    """
    line = line if line is not None else _Line()
    quoted = sentence[:300]  # the figures quote the sentence as it came, not as the rewrites below leave it
    # (a part opening with its base, …；比上年12月上涨0.3%, has no period of its own)
    opening = period_in(_unsince(sentence[:12]), default.year) \
        if not _based(sentence) and not COMPARED.match(sentence) else None
    period = _year_end(opening, sentence[:12], default, communique) or default
    prelim = communique or any(w in sentence for w in ("初步核算", "初步测算", "初步统计", "快报"))
    line.sole = None
    if SCOPE.search(sentence):
        stats.skipped.append(sentence[:80])
        return None
    if (line.years_carry or line.years_window) and ("累" in sentence or "计" in sentence or "五年" in sentence):
        sentence = _SPAN_TOTAL.sub(lambda m: m.group(0) + _SPAN_MARK, sentence)  # (see `_SPAN_TOTAL`)
    # (each rewrite below only where its words are: a pattern run on every sentence costs more than a look)
    if "负增长" in sentence:
        sentence = sentence.replace("负增长", "下降")  # (同比负增长0.5%: a fall of 0.5%, not growth)
    if "由" in sentence and ("到" in sentence or "至" in sentence):
        # (城镇化率由上年末的56.8%提高到57.5%, 收入由上年的30120元增加到31850元: the level it came to, not the one
        # it left)
        sentence = _FROM_LEVEL.sub("", sentence)
    if "以上" in sentence or "以下" in sentence:
        # 500万元及以上: a scope threshold, not a figure; one above the survey's before 项目 (5000万元及以上项目) is
        # kept as a word (see `_PROJECTS`)
        sentence = THRESHOLD.sub(lambda m: "大额" if _BIG_THRESHOLD.match(m.group(0))
                                 and _PROJECT_AFTER.match(sentence, m.end()) else "", sentence)
    if "(" in sentence:
        # (a bracket of transport modes with commas, (含公路、水路，下同), (含公路、水路和民航，不含铁路): one
        # bracket, no note to drop; see `_some_modes`)
        sentence = _MODES_NOTE.sub(lambda m: m.group(0).replace("，", "、").replace(",", "、").replace("、下同", ""),
                                   sentence)
        # 全市(全域口径)实现…, 同比增长(下同)7.2%: a note on scope that leaves the figure the catalogue's
        sentence = _COMPARED_REMARK.sub(r"\1", _SCOPE_NOTE.sub("", sentence))
    if "城镇" in sentence and "比重" in sentence and not line.registered:
        # 城镇常住人口1163.14万人,占总人口比重(常住人口城镇化率)为84.66%: the urbanisation rate
        sentence = _URBAN_SHARE.sub(r"\1，常住人口城镇化率为", sentence)
    if "优良天数" in sentence and "占" in sentence:
        # 城市空气质量优良天数达178天，占48.8%: the days' share of the year, the rate the catalogue holds
        sentence = _GOOD_DAYS_SHARE.sub(r"\1，优良天数占比", sentence)
    if "授权" in sentence and "申请" in sentence:
        # 专利申请量达1399件，授权量803件: the patents granted, the noun said once
        sentence = _GRANTED_AFTER.sub(_granted, sentence)
    if "一、二、三" in sentence or "第一、第二、第三次" in sentence:
        # 第一、二、三(次)产业增加值占地区生产总值的比重分别为…: the three sectors, each named
        sentence = _SECTORS_SHORT.sub("第一产业、第二产业、第三产业", sentence)
        # 一、二、三次产业投资分别增长…: three subjects written as one
        sentence = _THREE_SECTORS.sub(r"第一产业\1、第二产业\1、第三产业\1\2分别", sentence)
    if "(" in sentence and ("," in sentence or "，" in sentence):
        # (本外币合计，下同): a note, its comma no clause break; (人民币，下同) by balances makes them renminbi
        # ones, in this paragraph from here on
        def note(m: re.Match[str]) -> str:
            if _RMB_NOTE.match(m.group(0)) and _BALANCES.search(sentence, max(0, m.start() - 12), m.end() + 12):
                return _RMB_MARK  # the balances from here on are renminbi ones (see the clause loop)
            return _FX_MARK if "本外币" in m.group(0) else ""  # (本外币合计，下同): all-currency ones again
        sentence = _PAREN_NOTE.sub(note, sentence)
    if "转为" in sentence:
        sentence = _TURNED.sub("", sentence)
    if "‰" in sentence and "率" not in sentence:
        # 比上年下降5‰, 增长3‰: a change in thousandths (not a rate's change in its own points, 出生率…下降0.3‰)
        sentence = _PERMILLE_CHANGE.sub(lambda m: f"{m.group(1)}{Decimal(m.group(2)) / 10}%", sentence)
    if "存、贷" in sentence or "存贷款" in sentence:
        sentence = _DEPOSITS_AND_LOANS.sub(lambda m: "{0}存款{1}、{0}贷款{1}".format(
            (m.group(1) or "") + (m.group(2) or ""), m.group(3) or ""), sentence)
    if "了" in sentence or "多" in sentence or "少" in sentence:
        # (比上年增加了6121人, 比2020年多12447张: a change by that much, as 增加6121人 is, not a level)
        sentence = _MORE_OR_LESS.sub(lambda m: m.group(1) + ("增加" if m.group(2) == "多" else "减少"),
                                     _PERFECTIVE.sub(r"\1", sentence))
    # (a list of the year's new ones stating a total among them, …、高新技术企业累计达1520家: see `_NEWLY`)
    stock_listed = "、" in sentence and _STOCK_SAID.search(sentence) is not None
    if "完成" in sentence or "实现" in sentence or "企业累计" in sentence:
        # 港口完成货物吞吐量, 规模以上工业企业实现利润: the verb sits inside the subject
        sentence = _INNER_VERB.sub("", sentence)
    if "总产值" in sentence and "建筑" in sentence:
        # 资质以上建筑企业完成总产值, 具有总承包和专业承包资质建筑业法人企业实现总产值: the firms' scope is the
        # catalogue's (construction output is stated for firms with a licence)
        sentence = _BUILDERS_OUTPUT.sub("建筑业总产值", sentence)
    if "房地产" in sentence:
        # (资质房地产开发经营企业完成房地产开发投资…, 房地产商品房销售面积…: the developers, whose figures the
        # catalogue's are)
        sentence = _DEVELOPERS_DOER.sub("", sentence)
    current: tuple[str, str] | None = before if sentence.startswith("其中") and isinstance(before, tuple) \
        else entity if entity is not None and (YOY_BASE.match(sentence) or _MONTH_ALONE_CHANGE.match(sentence)
                                               or line.row_before and _PERIOD_FIGURE.match(sentence)) \
        else None  # (…CPI环比下降0.2%；同比上涨1.5%; …增加值同比增长6.0%。10月当月增长5.0%; …；1-10月19876.3亿元)
    group: list[tuple[str, str]] | None = None  # the subjects of the last 分别 enumeration
    subject: tuple[str, str] | str | None = None  # the sentence's first subject
    part_named = False  # `current` was named as a part of something before it (其中人民币存款余额…)
    others = False  # the sentence named an entity besides its first subject (not the part a 其中 clause names)
    institution = False  # it opened with a kind of institution the catalogue does not hold (乡镇卫生院181个…)
    # the last total stated is one the catalogue does not hold (past a semicolon: as the sentence before left it)
    latest_unknown = parts_of_unknown if line.unknown_total is None else line.unknown_total
    # per head (每千人口…) to the sentence's end; past a semicolon while the figures keep a per-head size
    # (每千人口床位7.1张；执业(助理)医师3.4人, not …；卫生技术人员31.0万人 or …；全年授权专利12000件)
    line.per_head = per_head = line.per_head and _per_head_size(sentence) and not LEAD.match(sentence)
    if "、" in sentence:
        # 生猪存栏量28.7万头、出栏量20.0万头; 4G基站16.2万个、5G基站13.4万个: a 、 after a figure ends its clause
        # (not 分别为100亿元、200亿元, where figures are listed)
        # (a 、 before a verb and a figure stays in a list of names' figures: 汽车、水泥…分别增长10.2%、下降13.4%…;
        # 出口、进口同比增长5.0%、下降3.2%)
        def list_item(m: re.Match[str]) -> str:
            if _VERB_FIGURE.match(sentence, m.end()):
                start = max(sentence.rfind(c, 0, m.start()) for c in "，,；;") + 1
                if "分别" in sentence[start:m.start()] or "、" in _FIRST_NUMBER.split(sentence[start:m.start()], 1)[0]:
                    return m.group(0)
            return m.group(1) + "，、"
        sentence = _FIGURE_LIST.sub(list_item, sentence)
    bare_parts = False  # the clause before was 其中 alone (其中，地方一般公共预算收入…)
    recent: list[tuple[str, str]] = []  # the subjects named since the last 分别 clause
    unknown_after = False  # an unknown subject with an amount came after the last of them
    # the period it was last named in (a 其中 sentence's own period is not: 上半年…GDP…。其中，二季度GDP为…)
    named_at: Period | None = (line.named_in or period) if current is not None else None
    # the clauses since the last period named are about a window of months or days not filed (one the sentence opened
    # with holds past its semicolons)
    window = line.window_opened and (not line.first_part or line.years_strict)
    span_total = False  # the clause is a span's total, or a change after one (see `_SPAN_TOTAL`)
    # clauses since a window of days opened (see `_DAYS_WINDOW`), -1: none (a span of years ends at a period alone)
    days = -1 if not window or line.years_window else 1
    narrowed: str | None = None  # a subject stated without a part of it (不含…)
    use_total = ""  # the stock or use (民用车辆保有量, 能源消费总量) whose products the clauses list
    part_narrowed: frozenset[str] = frozenset()  # (see `_PARTS_NAMED`: a part's, to this sentence's end)
    lead = strip_lead(sentence)[0].lstrip("，,")  # (2025年，道路货运量…; 全年，市区…)
    one_mode = _ONE_MODE.match(lead)
    if one_mode is not None and len(_MODES.findall(one_mode.group(0))) > 1:
        one_mode = None  # (公路铁路水路完成货运量: modes together, see `_PARTS_NAMED`)
    # (not 货运量…，其中，公路货运量…，铁路货运量…, naming another mode: the whole; …其中高速公路客运量… is the road's)
    # (nor, once the paragraph filed the whole's volume of its kind, a figure of the whole's it has not: 货物运输总量…。
    # 公路货物运输总量…。货物运输周转量… is the whole's turnover; …货物周转量….。公路货运量…。货物周转量… the road's)
    bare = next((ind for word, ind in _BARE_TRANSPORT.items() if sentence.startswith(word)), None)
    road_goes_on = line.first_part and line.mode_led and bare is not None and _OTHER_MODES.search(sentence) is None \
        and not (_VOLUME_OF[bare] in line.filed_here and bare not in line.filed_here)
    if one_mode is not None or road_goes_on:
        # (公路汽车客运量…，旅客周转量…; 民航旅客吞吐量…: that mode's; and a sentence right after one the road opens,
        # with no word of its own: 全年公路货运量5658万吨…。客运量1487万人… is the road's, as bulletins counting road
        # transport alone print it; not …。全年货物周转量…, nor bare volumes after the railway's or the airport's)
        part_narrowed = _TRANSPORT
    road_led = one_mode is not None and one_mode.group(0).startswith(("公路", "道路")) or road_goes_on
    if road_led or one_mode is not None and line.first_part:
        # (全年公路货运量和货物周转量分别为…；客运量和旅客周转量分别完成…: past the semicolon too, as is any one
        # mode's opening the sentence: 全年水上运输货运量5620万吨…；货物周转量152.3亿吨公里… is the water's)
        line.narrowed |= _TRANSPORT
    if line.first_part:  # (…。货物周转量…。客运量…: the road's, sentence after sentence)
        line.mode_led = road_led
    first = True  # the clause is the sentence's first
    held: tuple[str, str] | None = None  # the subject before a figure of the same firms' the catalogue lacks
    # a kind of investment the catalogue does not hold stated its figure (计划总投资5000万元以上项目完成投资…, 亿元以上
    # 项目…, 新开工项目…, 国有控股投资…; see `_PROJECTS`): the investment a 其中 after it lists is its, not the
    # region's; so past a semicolon or into a 其中 sentence
    projects = line.projects and sentence.startswith("其中")
    projects_parts = False
    # a 其中 after a total the catalogue does not hold: the parts it lists are that total's (see the clause loop)
    unknown_parts = False
    area_doer = line.area_doer  # a clause opened with an area that is no region of ours (see `_AREA_DOER`)
    # the urban districts opened the sentence (全年市区环境空气质量优良天数…，优良天数所占比例…): theirs, not the
    # city's; their air turned to by a later clause, its air past the semicolons too (全市环境质量总体保持稳定，市城区
    # 空气质量优良天数329天…；PM2.5年平均浓度…; not …，其中城区为38微克/立方米；空气质量优良天数比例…, nor 市区人均公园
    # 绿地面积…；空气质量…), until the whole is named again or a part opens with its period (…；全年…)
    urban_led = _URBAN_AREA.match(lead) is not None
    urban_air = line.urban = line.urban and not line.first_part and not sentence.startswith(_OWN_PERIOD_WORDS) \
        or urban_led and _URBAN_AIR.match(lead) is not None
    # a clause before named another province as the sentence's topic (…的浙江省,), or a city of the province a
    # sentence before in the paragraph turned to (长沙市GDP…。固定资产投资同比增长1.0%。…: still the city's)
    foreign = line.city_carry or line.province_carry or line.nation_carry
    by_city = foreign
    compared = False  # the nation's figure named after the province's own, a comparison (see the clause loop)
    nation_said = False  # a clause before named the nation or its bureau (国家统计局发布数据显示，…)
    province_said = False  # a clause named the province in a city's or county's release (see below)
    province_run = False  # …and no clause since named the release's own whole
    province_subject: str | None = None  # …and the subject it named ("" for none, its figure bare)
    part_said: tuple[str, str] | None = None  # the clause before named a part of `current` by its word alone
    half_named = False  # a clause named the first half (上半年): a bare 三季度 after it is to date
    sectors_of: tuple[str, str] | None = None  # the subject whose sectors (not GDP's) the clauses list
    kind_said: str | None = None  # a clause named a kind of a catalogue figure (see `_KIND_SIBLINGS`)
    projects_counted = False  # the clause before counted projects of a kind (see `_PROJECTS`)
    # the clauses before stated a change on the month before (…环比下降0.1%, and …，降幅比上月收窄0.3个百分点 after it)
    month_said = False
    since_said = ""  # the clause before stated a change since a month's end, or the year's start or end (see below)
    added: float | None = None  # …and the amount it added
    forecast = line.planned  # a clause before said what follows is forecast (预计全年，…) or a target
    so_far = ""  # the sentence up to this clause, and the character after it
    newly = False  # the clause (before a list's items) counted what is new (新认定…, 获评…): see `_NEWLY`
    province_survey = False  # a clause cited the province's survey team (see below)
    for clause in _CLAUSE_SPLIT.split(sentence):
        so_far = sentence[: len(so_far) + len(clause) + 1]
        if not clause:
            continue
        area_here = False  # the clause named an area's GDP (see below)
        part_before, part_said = part_said, None
        # (预计全年，全省地区生产总值增长6.0%左右: a forecast opened the sentence, and what follows is forecast)
        forecast = line.planned = forecast or _FORECAST_HEAD.fullmatch(clause) is not None \
            or _plan_head(clause, default.year, so_far.endswith((":", "：")))
        # (全年预期增长6%左右, 全年目标为增长7.5%, 力争增长6.5%: a target, not what was)
        target = (t := _TARGET_SAID.search(clause)) is not None and (d := _DIGIT.search(clause)) is not None \
            and t.start() < d.start() or "左右" in clause and "目标" in so_far  # (按照年初确定的目标，…增长6%左右)
        month_before = month_said
        month_said = ("环比" in clause or month_said and head_indicator(clause) is None) and not _yoy_said(clause)
        # (10月末…余额3291.7亿元，比年初增加193.8亿元，增长6.3%: the growth after a change since the year's start, its
        # end or a month's end is on that base too, 193.8 / 3097.9, but for a year's end, a year earlier: see below)
        since_before, added_before = since_said, added
        since_said = "month" if _MONTH_END_BASE.search(clause) \
            else "year" if (_YEAR_START_BASE.search(clause) or _YEAR_END_BASE.search(clause)) else ""
        added = _added(clause) if since_said else None  # (比年初增加6543.2亿元: the amount, in base units)
        nation_before = nation_said
        nation_said = nation_said or ("国" in clause and _NATION_SAID.search(clause) is not None)
        if line.area_first and _led_by(clause, line.whole_words):
            # (赣江新区实现地区生产总值…；全省地区生产总值比上年增长5.1%: the province's again)
            line.area_first = line.other_gdp = line.opens_elsewhere = False
        # (据国家统计局新疆调查总队资料显示，工业生产者出厂价格… in a city's release: the province's producer prices,
        # which the survey measures for the province only; a city's incomes or grain it checked stay the city's)
        # (not 洛阳调查队会同河南调查总队…: the city's team)
        province_survey = province_survey or line.local_whole != () and "调查总队" in clause and "调查队" not in clause
        if (placed := _PLACE_LEAD.fullmatch(clause)) is not None \
                and _elsewhere(placed.group("place") or placed.group("bureau"), region, line):
            foreign = True  # (从全国看，规模以上工业增加值增长5.8%…; 武汉方面，…: that place's, until ours is named)
        bare_parts, after_bare = clause == "其中", bare_parts
        lists_parts = clause.startswith("其中") or after_bare
        unknown_parts = unknown_parts or lists_parts and latest_unknown and current is None
        projects_parts = projects_parts or projects and lists_parts
        listed = clause.startswith("、")  # the clause a 、 after a figure opened (see _FIGURE_LIST)
        if not listed and "、" in sentence:  # (全年新认定科技型中小企业1208家、高新技术企业689家: new ones too)
            newly = not stock_listed and (d := _DIGIT.search(clause)) is not None \
                and _NEWLY.search(clause, 0, d.start()) is not None
        if line.registered and "常住" in clause:
            line.registered = False  # (户籍人口45.1万人，常住人口38.5万人…: the resident figures from here on)
        if _RMB_MARK in clause:
            clause = clause.replace(_RMB_MARK, "")
            line.renminbi = True  # (人民币，下同) stood here: renminbi balances from this clause on
        elif line.renminbi and ("本外币" in clause or "含外币" in clause or _FX_MARK in clause):
            line.renminbi = False  # 本外币各项存款余额…，各项贷款余额…: all-currency balances from here on
        clause = clause.replace(_FX_MARK, "") if _FX_MARK in clause else clause
        marked = _SPAN_MARK in clause  # (a span's total: see `_SPAN_TOTAL`)
        clause = clause.replace(_SPAN_MARK, "") if marked else clause
        clause = clause[1:] if listed else clause
        stats.clauses += 1
        # (an area the catalogue does not hold as a subject, opening the clause: 昌九经济体实现…)
        area_doer = area_doer or _AREA_WORDS.search(clause) is not None \
            and _AREA_DOER.match(strip_lead(clause)[0]) is not None
        # a comparison base starts with 比, 较, 与 or …于 (高于, 低于, 快于, 慢于)
        own_words = COMPARED.sub("", clause) if "比" in clause or "较" in clause or "于" in clause \
            or "与" in clause else clause
        since = None
        if "以来" in own_words:
            # (今年以来，…: the release's year to date; 7月份以来，…: a window)
            since = _since(own_words, line.document or default)
            own_words = _SINCE.sub("", own_words)  # (其中9月份增长6.5%为今年以来最高: September's)
        span = "月" in own_words and (sm := _SPAN.search(own_words)) is not None and sm.group(1) != "1"
        opener, first = first, False  # the sentence's first clause
        days = days + 1 if days >= 0 else days
        remark = False  # a window remarked on mid-sentence (自7月份以来连续5个月回升): this clause only
        clause_period = False  # the clause names its period
        reached = False  # …states a level the span reached (see `_reached`)
        # (超过去年全年4305.2亿元规模: last year's figure, and its 全年 no period of the clauses after it; not a note in
        # brackets: …增长5.8%(上年同期为增长3.1%))
        last_years = "年" in own_words and _LAST_YEARS.search(_PAREN.sub("", own_words)) is not None
        # (今年一季度: the release's year, not a year a clause before named; 年末 after 2023年，…: that year's end)
        year_of = line.document.year if line.document and "今年" in own_words else period.year
        if last_years or own_words.startswith(("连续", "已连续")) and _RUN_OF.match(own_words):
            remark = True  # (…生猪存栏118.34万头，连续6个月实现环比增长: a run of months, no figure)
        elif own_words.startswith(("本月", "当月")) and line.document and line.document.label:
            # (本月，全省实现社会消费品零售总额…: the release's month alone, not its months to date; a quarter's last)
            label = line.document.label
            month = label if label.isdigit() else f"{int(label[1]) * 3:02d}"
            period, window = Period(line.document.year, month, False), False
        elif opener and _YEARS_WINDOW.match(own_words):
            window, days = True, -1  # (“十四五”时期，全市累计完成…; 2021年至2025年，…: the span's, see `_YEARS_WINDOW`)
        elif (p := period_in(own_words, year_of)) is not None and not _BASE_HEAD.search(clause[:2]) \
                and not _BASIS.match(own_words) and not ("年" in own_words and _TARGET.search(own_words)):
            # (按2023年末人口计算，…2024年人均…: the basis, not the period; 完成年度预算的85.1%: a target's year)
            if p.label == "Q3" and not p.cumulative and half_named and not _QUARTER_ALONE.search(own_words) \
                    and _FIRST_QUARTER_SAID.search(sentence) and "二季度" not in sentence \
                    and "前三季度" not in sentence:
                p = Period(p.year, "Q3", True)  # (一季度…增长7.6%，上半年增长7.8%，三季度增长7.9%: to date)
            period, window, clause_period = _year_end(p, own_words, default, communique) or p, False, True
            half_named = half_named or (p.label == "Q2" and p.cumulative)
            line.window_opened = line.window_opened and not line.years_window  # (…，2025年…；人均…: the year's)
        elif window and line.years_strict and _reached(clause, sentence):
            reached = True  # (…。全市人均地区生产总值达到9.3万元: the year's level, see `_reached`; not its changes)
        elif _DAYS_WINDOW.match(own_words) or opener and line.first_part and _HOLIDAY.fullmatch(own_words):
            window, days = True, 0  # (10月1日至7日，全省接待国内游客…: days, no period the warehouse holds)
        elif days > 1 and _ends_window(clause):
            window, days = False, -1  # (国庆中秋长假，全省接待国内游客…，全省规模以上工业增加值增长6.3%: ours again)
        elif since is not None or span:
            # (11-12月，… or 其中11-12月增长8.0%: months after January, no period the warehouse holds)
            if opener or (_SPAN.sub("", own_words) if span else own_words) in ("", "其中", "份"):
                if since is not None and since is not _WINDOW:
                    period, window = since, False
                else:
                    window = True
            else:
                remark = since is _WINDOW or span
        elif own_words.startswith(_LAST_MONTH):
            window = True  # (上月，我省进出口总值156.2亿元: a month the release does not name, not its quarter)
        found: list[Figure] = []
        if "产业" in clause and STRUCTURE.search(clause) and RATIO.search(clause):
            # 三次产业结构 of GDP only: 从业人员三次产业结构 (employment) is another subject's
            lead, _ = strip_lead(clause)
            # (…固定资产投资比上年增长5.5%。从产业看，三次产业占比为…; 就业人员…。其中，三次产业占比为…: that subject's)
            carried = before if sentence.startswith("其中") or _BREAKDOWN.match(sentence) else None
            owner = current or parts_of or (subject if isinstance(subject, tuple) else None) \
                or (carried if isinstance(carried, tuple) else None)
            found = _structure(clause, period) if _GDP_STRUCTURE.match(lead) and UNKNOWN not in (subject, carried) \
                and not parts_of_unknown and (owner is None or owner[0] in GDP_FAMILY) else []
        elif "分别" in clause and _PERIODS_LISTED.search(clause.partition("分别")[0]):
            found = []  # (一、二、三季度…进出口总值分别为678.2亿元、844.6亿元…: each quarter's, not the release's)
        elif "分别" in clause:
            # (分别增长11.7%、8.3% after 出口…、进口…: the subjects named before it, if it names none)
            found, group = _respectively(clause, period,
                                         group or (recent if len(recent) > 1 and not unknown_after else None))
            recent, unknown_after = [], False
            found = _outside(found, line.narrowed | part_narrowed, clause)
            if found and "增加值" not in sentence \
                    and all(f.indicator in GDP_SECTORS and f.name in SECTORS and f.measure != "share_pct"
                            for f in found) \
                    and not _after_gdp(subject, before, line):
                found = []  # (固定资产投资…。分产业看，第一、二、三产业分别增长…: as a sector named bare, see below)
        elif len(recent) > 1 and not unknown_after and _LISTED_FIGURES.search(clause) \
                and _names_nothing(strip_lead(clause)[0]):
            # 出口4863.0亿元、进口2195.4亿元，同比增长12.6%、3.7%: the names before, in order, as with 分别
            found, group = _respectively("分别" + clause, period, recent)
            recent = []
            found = _outside(found, line.narrowed | part_narrowed, clause)
        else:
            hit = head_indicator(clause)
            if hit is not None and _anothers(clause, hit, sentence, len(so_far) - len(clause), listed and newly,
                                             lists_parts):
                hit = None
                current = None
            if "区" in clause and not lists_parts and _URBAN_AIR.match(strip_lead(clause)[0]) is not None:
                urban_air = line.urban = True  # (全市环境质量总体保持稳定，市城区空气质量…)
            elif (urban_led or urban_air) and _WHOLE_NAMED_HERE.search(clause) is not None \
                    or urban_air and any(w in clause for w in (*_WHOLE_AGAIN, *line.local_whole)):
                urban_led = urban_air = line.urban = False  # (…，全省地表水…; …，我市PM2.5…: the whole's again)
            if province_survey and hit is not None and hit[0] in _PRODUCER_PRICES \
                    and any(w in clause for w in line.local_whole):
                province_survey = False  # (…，全市工业生产者出厂价格…: the city's, and the prices after it)
            if hit is not None and (area_doer and clause.startswith(_DOER_VERBS) or urban_led
                                    or urban_air and hit[0] in _AIR_QUALITY
                                    or province_survey and hit[0] in _PRODUCER_PRICES):
                # 昌九经济体实现规模以上工业增加值…，实现财政总收入…: what the area opening the sentence achieved too
                # (only those: 年末全省拥有国家级高新区12个，高新技术企业2.5万家… are the province's)
                hit = None
                current = None
            if hit is not None and (parts_of_unknown or subject == UNKNOWN or (listed and current is None)) \
                    and clause[hit[1]:hit[2]] in PART_WORDS:
                # 对欧盟进口…，出口…: a bare part word after a subject we do not know is that subject's part
                hit = None
                current = None
            elif hit is not None and (parts_of_unknown or latest_unknown) \
                    and (clause.startswith("其中") or after_bare) \
                    and (printed := clause[hit[1]:hit[2]]).endswith("面积") and _context_alias(hit[0], printed) \
                    and line.unknown_name.endswith("面积") and _BUILDERS.search(line.unknown_name):
                # 房屋建筑施工面积…。其中新开工面积…: floor space named short (新开工面积 of 房屋新开工面积) after a
                # builders' floor space (建筑业企业…, 房屋建筑…) is theirs, not the developers' the catalogue counts;
                # after any other unknown total (中外资金融机构…存款余额, 房地产开发施工面积, 商品房屋建筑施工面积)
                # the part is the region's still
                hit = None
                current = None
            if hit is not None and hit[1] == 0 and clause[:hit[2]] in ATTRIBUTES \
                    and (holder := current if current is not None else entity if subject is None else None) \
                    and (sub := _sub_subject(clause[hit[1]:], holder, not part_named)) is not None and sub[3] \
                    and sub[0] != hit[0]:
                # 城镇居民人均可支配收入…，人均消费支出…: a bare attribute after a qualified one is the same group's
                # (not 全市人均消费支出: the lead words name the whole)
                hit = None
            if hit is not None and line.builders and hit[0] in _FLOOR_SPACE:
                hit = None  # (建筑企业…总产值增长2.6%。房屋施工面积下降17.5%: the firms', not the developers')
                current = None
            if hit is not None and hit[0] in _TRADE_PARTS:
                # 对东盟进出口900.5亿元…，其中出口600.1亿元，进口300.1亿元: the partner's, to the semicolon (a kind
                # of firm's or trade's too: 民营企业为外贸主引擎，进出口3702.3亿元)
                part_narrowed |= _TRADE
            elif hit is not None and (hit[0] in line.narrowed or hit[0] in part_narrowed) \
                    and not _WHOLE_NAMED.search(clause, 0, hit[2]):
                hit = None  # (公路水路完成货运量9909万吨，货物周转量69.7亿吨公里: the road and water turnover)
                current = None
            total = use_total or (line.unknown_name if latest_unknown else (current or parts_of or ("", ""))[1])
            use_part = False  # the clause names a product the total's stock or use counts
            if hit is not None and hit[0] in _PRODUCED and _STOCK_OR_USE.search(total) \
                    and "产量" not in clause[hit[1]:hit[2]]:  # (…，原煤产量1200.5万吨: output named as such)
                # 民用车辆保有量97.83万辆。其中：汽车63.14万辆: cars owned (民用汽车保有量), not made; 能源消费总量…，
                # 其中原煤…，天然气…: coal and gas burned
                # (机动车保有量…其中汽车: not the 民用汽车 count the catalogue holds either)
                hit = ("civil_vehicles", hit[1], hit[2]) if hit[0] == "automobile_output" and _OWNED.search(total) \
                    and "民用" in total else None
                current, use_part, use_total = None, hit is None, total
            elif hit is not None:
                use_total = ""
            if hit is not None and unknown_parts and catalogue.indicators()[hit[0]].part_of is not None \
                    and not any(w in clause[hit[1]:hit[2]] for w in ("地方", "常住")) \
                    and catalogue.compatible(catalogue.indicators()[hit[0]].unit, line.unknown_unit or "?"):
                # 税务部门组织的各项收入…，其中税收收入…: a part after a total the catalogue lacks is that total's
                # (taxes the tax bureau collects, central ones too), not the part of the catalogue's own total; not
                # one of another kind (汽车产业实现产值…，其中新能源汽车产量8.3万辆: the output is the region's)
                hit = None
            elif hit is not None and projects_parts and catalogue.indicators()[hit[0]].section == "investment":
                hit = None  # (计划总投资5000万元以上项目完成投资…，其中工业投资…: those projects')
            elif hit is not None and kind_said is not None and hit[0] in _KIND_SIBLINGS[kind_said] \
                    and not _WHOLE_NAMED.search(clause, 0, hit[2]) and not clause.startswith("全年"):
                hit = None  # (其中，财产险保费收入30.1亿元，…，赔款及给付20.2亿元: the property insurers')
                current = None
            if hit is not None and hit[0] in GDP_FAMILY and _DISTINCT_AREA.search(clause, 0, hit[1]):
                foreign = area_here = True  # (全省县域地区生产总值同比增长5.8%，规模以上工业增加值增长8.9%: the area's)
            if hit is not None and line.area and subject is None and not line.named and hit[0] in GDP_FAMILY \
                    and (any(key[0] == "gdp" for key in out) or _DISTINCT_AREA.search(clause, 0, hit[1])):
                # 十四、县域经济 全年实现地区生产总值…: after the region's own GDP, the area's in the heading (before it
                # too when its words name the area, 十五、郑州航空港经济综合实验区 全年航空港区地区生产总值…, and then
                # until the whole is named)
                line.area_first = not any(key[0] == "gdp" for key in out)
                line.other_gdp = line.opens_elsewhere = True
            if hit is not None and hit[0] in catalogue.RENMINBI and (
                    line.renminbi and "外币" not in clause[hit[1]:hit[2]]
                    # (not …各项贷款余额（含外币）…, (本外币), nor one whose renminbi or foreign part its part names:
                    # …；各项贷款余额…，其中人民币贷款余额… (其中外币贷款…))
                    or line.renminbi_led and "外币" not in (rest := sentence[len(so_far) - len(clause) - 1:])
                    and "人民币" not in rest and not line.currency_later):
                # 金融机构(人民币，下同)各项存款余额…；各项贷款余额…; 年末金融机构人民币各项存款余额…；各项贷款余额…
                # (not 本外币存款余额…，其中人民币存款余额…；各项贷款余额…, a part named)
                hit = (catalogue.RENMINBI[hit[0]], hit[1], hit[2])
            line.renminbi_led = line.renminbi_led and "外币" not in clause or hit is not None \
                and not line.filed and line.first_part and hit[0] in _RENMINBI_BALANCES \
                and not sentence.startswith("其中")  # (年末，…: the first figure; not 。其中人民币各项存款余额…)
            if hit is not None and institution and hit[0] in INSTITUTION_STAFF \
                    and not _WHOLE_SECTOR.search(clause, hit[1], hit[2]):  # (…，医疗卫生机构床位42.3万张: the whole's)
                # 疾病预防控制中心5个，卫生技术人员379人; 全市医院、卫生院技术人员6.21万人，其中执业(助理)医师…:
                # staff and beds after an institution are that institution's, not the region's
                hit = None
                current = None
            parent = current if current is not None else parts_of
            owner = parent or sectors_of
            if hit is not None and hit[0] in GDP_SECTORS and owner is not None and owner[0] not in GDP_SECTORS \
                    and owner[0] not in ("gdp", "gdp_per_capita") \
                    and not (clause[hit[1]:hit[2]] in SECTORS and _SECTOR_NOUN.match(owner[1])):
                # 民营经济增加值…其中，第一产业增加值…; 实际使用外资…其中，第二产业…，第三产业165.24万美元: that
                # subject's sectors, every one of them
                hit = None
                current, sectors_of = None, owner
            elif hit is not None and hit[0] in GDP_SECTORS and owner is None and clause[hit[1]:hit[2]] in SECTORS \
                    and not clause.startswith(("比重", "的比重", "占比", "所占比重", "占"), hit[2]) \
                    and "增加值" not in clause[hit[2]:] \
                    and not _after_gdp(subject, before, line):
                # (固定资产投资增长4.5%。分产业看，第一产业增长3.1%…; 全社会用电量…，其中第一产业用电量…，第二产业增长
                # 5.2%: a sector named bare is GDP's only after GDP, as its share, 第一产业比重为16.3%, or listed before
                # 增加值, 第一产业、第二产业、第三产业增加值…)
                hit = None
                current = None
            elif hit is not None and hit[0] in ("exports", "imports") and parent is not None \
                    and parent[0].startswith("trade_") and parent[0] != "trade_total" \
                    and clause[hit[1]:hit[2]] in PART_WORDS:
                # 民营企业进出口…，其中，出口、进口…; 服务进出口总额…，其中出口…: that trade's, not the goods total's
                hit = None
                current = None
            # 其中 naming the figure before it again, in the same period: a local part of a wider total, or narrower
            self_part = hit is not None and (clause.startswith("其中") or after_bare) and current is not None \
                and current[0] == hit[0] and named_at == period
            if hit is not None and clause[hit[1]:hit[2]] in SECTORS and current is not None \
                    and (noun := _SECTOR_NOUN.match(current[1])):
                # 第一产业投资增长3.5%，第二产业增长6.0%: the second is investment too, never GDP's sector
                composed = clause[hit[1]:hit[2]] + noun.group(1)
                sibling = _aliases().get(normalise(composed))
                hit = (sibling[0], hit[1], hit[2]) if sibling else None
                current = None if hit is None else (hit[0], composed)
            elif self_part and hit is not None and current is not None \
                    and not (clause[hit[1]:hit[2]].startswith("地方") and not current[1].startswith("地方")):
                hit = None  # 原煤产量…其中规上原煤产量…: a narrower part of the figure itself
                current = None
            elif hit is not None:
                if self_part:
                    # 一般公共预算收入149.05亿元…其中地方一般公共预算收入91.71亿元: the one before was a wider total
                    # (the upper levels' shares too): the local part is the catalogue's figure
                    for key in [k for k in out if k[0] == hit[0] and k[2] == period.key()]:
                        del out[key]
                current = (hit[0], clause[hit[1]:hit[2]])
                part_named = clause.startswith("其中")
            if hit is not None:
                assert current is not None
                latest_unknown = projects = projects_parts = unknown_parts = False
                kind_said = None
                line.known_last = True
                line.unknown_name = ""  # (a catalogue total after an unknown one: its parts are its own)
                recent.append(current)
                unknown_after, named_at = False, period
                others = others or (subject is not None and current[0] != subject[0] and not part_named)
                subject = subject or current
                if clause[hit[2]:hit[2] + 1] == "、" and (end := _NAMES_END.search(clause, hit[2])):
                    # 出口、进口同比增长5.0%、下降3.2%: names listed without 分别 pair with as many figures, as
                    # with it; one figure after them (出口、进口总额…, …存款余额合计…) is no single name's, nor is
                    # what the clauses after it say; 出口、进口均增长5.0%: each name's the same
                    head, tail = clause[:end.start()], clause[end.start():]
                    names = clause.count("、", hit[1], end.start()) + 1
                    figures = len(_FIGURE_TOKEN.findall(tail))
                    if head.endswith("均") and figures == 1:
                        head, tail = head[:-1], "、".join([tail] * names)
                    found, group = _respectively(head + "分别" + tail, period, None)
                    if not found and figures == names:
                        # (商品房销售面积、销售额同比下降8.1%、11.5%: a name the catalogue cannot pair alone; the
                        # first name's figure is still its own)
                        found = _clause(clause[hit[2]:], hit[0], current[1], clause, period)
                    current = None
                elif catalogue.indicators()[hit[0]].unit in _MONEY and _COUNTED.match(clause, hit[2]):
                    # 民营企业突破5700家，增加13.6%，进出口1051.3亿元…: the number of firms and its growth, then the
                    # trade they did, which a bare 进出口 after them names
                    if catalogue.indicators()[hit[0]].section == "trade":
                        part_narrowed |= _TRADE
                    current, subject = None, subject or UNKNOWN
                else:
                    found = _clause(clause[hit[2]:], hit[0], current[1], clause, period)
            elif not use_part:  # (a stock's or use's product: nothing of the region's to read)
                rest, _ = strip_lead(clause)
                # (the entity before the semicolon only in this sentence's first words: …；实现利润总额…)
                holder = current if current is not None else held if held is not None \
                    else entity if subject is None else None
                held = held if _BARE_CHANGE.match(rest) else None  # (…，利税总额3456.7亿元，增长1.1%，利润总额…)
                entity = None if rest else entity
                if holder is not None and (sub := _sub_subject(rest, holder, not part_named)) is not None:
                    if sub[3]:  # a sibling is the subject from here on (its growth follows it)
                        current = (sub[0], sub[1])
                        subject = subject or current
                    else:  # (其中税收150亿元，增长6.0%: the part's growth; a part after it is the whole's part)
                        part_said = (sub[0], sub[1])
                    found = _clause(rest[sub[2]:], sub[0], sub[1], clause, period)
                elif current is not None and (short := _shortened(clause, current[0])):
                    found = _clause(clause[short:], current[0], current[1], clause, period)
                elif rest and current is not None and not _DIGIT.search(clause) and not clause.startswith("其中") \
                        and not _names_another(rest, current[1]):
                    pass  # a remark without a figure (跨越八千亿新台阶, 创历史新高): the subject's growth may follow
                elif current is not None and rest.startswith(_FIRMS_OTHER_FIGURES):
                    # (营业收入增长4.3%，利税总额下降0.5%，利润总额增长3.5%: the same firms', whose figures the
                    # catalogue holds may follow by name; not a bare change: 利税总额3456.7亿元，增长1.1% is its own)
                    held, current = current, None
                elif rest and (not CONTINUE.match(rest) or _COUNT_LED.match(rest) is not None):
                    current = None  # a subject not in the catalogue: what follows is about it
                    # (66个省级及以上工业类开发区固定资产投资…: a count of what it names, no figure of the subject's)
                    # (…其中制造业贷款…、普惠小微贷款…，分别增长…: not the deposits' and loans'; but
                    # 出口…，其中农产品…，进口…，分别增长… is the exports' and imports', and a ratio (存贷比80%) is
                    # no other subject)
                    amount, remark = _states_level(rest), _REMARK.match(rest) is not None
                    unknown_after = unknown_after or amount
                    # (a remark on the subject is not another entity: 高于全国1.2个百分点, 创历史新高)
                    others = others or (subject is not None and not clause.startswith("其中") and not remark and amount)
                    institution = institution or (subject is None and _INSTITUTION.match(rest) is not None
                                                  and not _WHOLE_SECTOR.search(rest))
                    # (房屋建筑施工面积下降8.5%，其中新开工面积…: builders' floor space stated by its change alone is
                    # still their total, and its parts theirs)
                    named = rest[: d.start()] if (d := _DIGIT.search(rest)) else rest
                    # (…，人身险保费收入250.1亿元，赔付支出80.2亿元: the last kind's, or which cannot be told)
                    kind_said = _kind_of(named) or kind_said
                    builders = "面积" in named and _BUILDERS.search(named) is not None
                    latest_unknown = latest_unknown or ((amount or builders) and not remark)
                    if amount and not remark and (levels := _LEVEL.findall(rest)):
                        # (汽车产业52家规模以上企业实现产值1200.5亿元: the total's amount, the last before its change)
                        line.unknown_unit = catalogue.canonical(*levels[-1])[1]
                    # (重大项目投资…，产业投资…，其中制造业投资…: a total named after the projects' is the one a 其中
                    # lists; a remark on them states no investment: 重大项目投资拉动全市投资增长3.1个百分点)
                    # (…开发区固定资产投资增长20.1%，拉动全省投资增长4.1个百分点。其中，…: a remark on it keeps it)
                    projects = _PROJECTS.match(rest) is not None \
                        or projects and (_ABOUT_IT.match(rest) or _THEIR_INVESTMENT.match(rest)) is not None \
                        or projects_counted and _THEIR_INVESTMENT.match(rest) is not None
                    # (亿元以上在建项目326个，完成投资520.3亿元…: counted, then their investment; a count alone states
                    # none, and the region's parts may follow it: …，新开工项目326个，其中，工业投资…)
                    projects_counted = _PROJECTS_COUNTED.match(rest) is not None
                    if subject is None or (amount or builders) and not remark:
                        line.known_last = False
                    for part, kind in _PARTS_NAMED:
                        if (m := part.match(rest)) is None or len(_MODES.findall(m.group(0))) >= 3:
                            continue  # (铁路、公路、水路、民航完成货运量: every mode, the whole)
                        if not (clause.startswith("其中") or after_bare or parts_of) \
                                and (kind is not _TRADE or opener and line.first_part):
                            # (公路、水路完成货运量…；货物周转量…: the sentence's modes; 对香港出口…；进口…: a sentence
                            # opening with a partner is the partner's)
                            line.narrowed |= kind
                        else:
                            # (其中公路货运量…，货物周转量…；… and trade with a partner: to the semicolon; not the
                            # total's after it, nor the province's exports after 对日本出口…；进口…)
                            part_narrowed |= kind
                    if (amount or builders) and not remark:
                        line.unknown_name = named if amount else named[: named.rindex("面积") + 2]
                        if "(" in line.unknown_name and head_indicator(_PAREN.sub("", line.unknown_name)):
                            line.unknown_name = ""  # (a catalogue name a note split: 金融机构(含外资)本外币…)
                    subject = subject or UNKNOWN
                    # 每千人口拥有医疗卫生机构床位7.1张，卫生技术人员9.2人: the rest of the sentence is per thousand too
                    if not per_head and _PER_HEAD.match(rest):
                        line.per_head = per_head = True
                    if ("生产总值" in rest or "GDP" in rest) and (area := _AREA_GDP.search(rest)) \
                            and _AREA_WORD.search(rest, 0, area.start()) \
                            and (any(key[0] == "gdp" for key in out) or _DISTINCT_AREA.search(rest, 0, area.start())):
                        line.area_first = not any(key[0] == "gdp" for key in out)
                        # 民族自治地方…实现地区生产总值… after the region's own GDP: GDP, its sectors and its
                        # structure in the rest of this paragraph are that area's (an unread head before the
                        # region's own GDP is more likely the region's, and its parts are read as before, unless
                        # it names an area no region is: 县域, 都市圈, 示范区…, and then until the whole is named)
                        line.other_gdp = True
                        line.opens_elsewhere = line.opens_elsewhere or (subject == UNKNOWN and not line.named)
                        # (全省县域地区生产总值…，规模以上工业增加值增长8.9%: the rest of the sentence is the area's)
                        if _DISTINCT_AREA.search(rest, 0, area.start()):
                            foreign = area_here = True
                elif current is not None and not (month_before and (g := _GROWTH_WORD.match(rest)) is not None
                                                  and g.group("to") and not _yoy_said(clause)):
                    # (not …环比下降0.1%，降幅收窄到0.1%: the rate it came to on the month before)
                    owner = part_before or current
                    found = _clause(rest, owner[0], owner[1], clause, period)
        line.trade_said = line.trade_said or _TRADE_SAID.search(clause) is not None
        if found and any(f.name in TRADE_ONLY_BESIDE_TRADE for f in found) and not line.trade_said:
            found = [f for f in found if f.name not in TRADE_ONLY_BESIDE_TRADE]
        if found and any(f.name in _bare_products() and f.name in clause for f in found) \
                and _price_or_trade_said(found, line, so_far, sentence, before):
            found = [f for f in found if f.name not in _bare_products() or f.name not in clause]
        if found and (since_before == "month" or since_before == "year" and period.label not in _YEAR_ENDING) \
                and not _yoy_said(clause) and _BARE_CHANGE.match(clause):
            # (unless the level and the amount added say the growth is not on that base: 余额94512.3亿元，比年初增加
            # 7123.2亿元，增长8.9%, where 7123.2 / 87389.1 is 8.2%: a year earlier's)
            found = [f for f in found if f.measure not in ("yoy_pct", "pp_change")
                     or f.measure == "yoy_pct" and not _since_rate(f, added_before, period, out)]
        if any(f.measure == "yoy_pct" for f in found):
            recent = []  # (…增长5.0%，其中出口…，进口…，分别增长…: the total has its growth)
        if line.opens_elsewhere:
            found = []  # the section's first words named another area: all it says is that area's
        elif line.other_gdp and found:
            found = [f for f in found if f.indicator not in GDP_FAMILY]
        if province_run:
            # (…，我市增长8.2%: ours again; so is …，全县规上工业增加值增长9.1% after the province's, where 全县 is gone
            # (see `_WHOLE_LEAD`), as are the names of the release's own place: the subject named again is ours, and
            # any after a 全省 clause naming none (…，全省增长7.1%，全县固定资产投资增长6.8%); not …，固定资产投资
            # 增长4.5%, the province's list going on, nor 全市固定资产投资… in a county's, its city's)
            if _led_by(clause, line.local_whole) or strip_lead(clause)[0].startswith(line.local_whole) \
                    or (again := head_indicator(clause)) is not None and province_subject in (again[0], "") \
                    and not _led_by(clause, _WHOLE_WORDS):
                foreign = province_run = province_said = False
        elif foreign and not area_here \
                and _led_by(clause, _OUR_PROVINCE if line.province_carry else line.whole_words) \
                or line.nation_carry and any(w in clause[:6] for w in line.whole_words):
            # (a paragraph another province opens: its 全省 is that province's, only 我省 is ours again; after the
            # nation's, 就我省而言，… too)
            foreign = by_city = line.province_carry = line.nation_carry = False
        elif line.whole_words is _PROVINCE_WHOLE and "市" in (head := clause[:_PLACE_HEAD]) \
                and any(w in head for w in MUNICIPALITY_SCOPE) and _led_by(clause, MUNICIPALITY_SCOPE):
            foreign = True  # (in a province's release 全市 is a city's: 武汉市…介绍，1-5月全市…; a city's release)
        if line.local_whole and not province_run and _led_by(clause, _PROVINCE_WHOLE) \
                and not _led_by(clause, line.local_whole) and _DIGIT.search(clause) is not None \
                and not _STANDING.search(clause):
            # (in a city's or county's release 全省 stating a figure is the province's, to the semicolon or until the
            # release's own whole is named again, as above: 1-10月，全省…增长7.1%，我县增长8.2%; 全市 in a county's is
            # its city's; the province's subject goes on past no semicolon: …；10月份6.5% is not ours)
            foreign = province_run = province_said = True
            province_subject = again[0] if (again := head_indicator(clause)) is not None \
                else "" if _BARE_CHANGE.match(strip_lead(clause)[0]) else None  # ("": 全省增长7.1%, naming none)
        if foreign:
            found = []  # 一直排在全国前五的浙江省,2019年GDP…: that province's figures
        elif "全国" in clause[:_PLACE_HEAD] and (n := strip_lead(clause)[0]).startswith("全国") \
                and head_indicator(n[2:]) is not None and not _RANKING.search(n) \
                or "国内" in clause and (n := strip_lead(clause)[0]).startswith(_THE_NATIONS) \
                and (nation_before or _NATION_SAID.search(clause, 0, len(clause) - len(n)) is not None):
            # the nation's figure (4月全国原煤产量…; 国家统计局…，今年一季度国内生产总值…, where the province's is
            # 地区生产总值, or 国内生产总值 bare in older releases): the nation's from here on (…，其中第三产业…),
            # until the province is named (全省…); after the province's own figures in the sentence a comparison, to the
            # semicolon (…，全国原煤产量同比下降4.0%；焦炭产量…), else past it (see `_Line.nation_carry`)
            found = []
            foreign = True
            line.nation_carry = not line.ours_in_sentence
            compared = line.ours_in_sentence  # (…，全国进出口总额41.76万亿元。其中，出口…: the province's parts again)
        elif clause[-1:] in _TOPIC_LAST and clause.endswith(_TOPIC_ENDS) \
                and _PROVINCE_TOPIC.search(clause, max(0, len(clause) - _TOPIC_TAIL)) \
                or _ANY_PROVINCE.search(clause, 0, _PLACE_HEAD) and _ANY_PROVINCE.match(strip_lead(clause)[0]) \
                or ("区" in clause or "圈" in clause or "群" in clause) and _PART_AREA.match(strip_lead(clause)[0]) \
                or ("省会" in clause or "首府" in clause) and _capital_named(clause, line) \
                or ("的是" in clause or "的为" in clause) and (w := _WHICH_IS.search(clause)) is not None \
                and (_ANY_PROVINCE.match(clause, w.end()) or line.cities is not None
                     and line.cities.match(clause, w.end())) is not None \
                or line.cities is not None and line.cities.search(clause, 0, _PLACE_HEAD) \
                and (city := line.cities.match(lead := strip_lead(clause)[0])) is not None \
                and (_DIGIT.search(clause) is not None or head_indicator(lead[city.end():]) is not None
                     or city.group(0).endswith("市") or _CITY_TOPIC.match(lead, city.end()) is not None):
            # (a city's figure or subject: not 郑州比亚迪、超聚变等重大项目投产见效, the province's news)
            foreign = True  # (not 高于浙江省: a comparison; 河南省工业生产者出厂价格…，工业生产者购进价格… in a city's)
            # (the paragraph is the city's only when the city opens it: 长沙市GDP…，全市…。固定资产投资…; not
            # 全省…增长7.9%，其中武汉市增长8.5%。高技术制造业…, nor …。武汉、襄阳、宜昌三市…占全省的80.2%。出口…)
            # (the city as a place: 长沙市…, 郴州GDP…; not a firm, a brand or a metropolitan area named after it:
            # 株洲中车…, 信阳毛尖…, 郑州都市圈…)
            by_city = line.cities is not None and (c := line.cities.match(lead := strip_lead(clause)[0])) is not None \
                and (c.group(0).endswith(("市", "州")) or head_indicator(lead[c.end():]) is not None
                     or _CITY_TOPIC.match(lead, c.end()) is not None) \
                and line.paragraph_start and (opener or not isinstance(subject, tuple))  # (去年，郴州GDP…)
            # (湖北省统计局…发布的统计公报显示，2024年末全省常住人口…; 湖北常住人口较上一年减少4万人。2023年末，全省…: a
            # paragraph another province opens is that province's)
            # (not a list of provinces, 广东、山东、河南…; nor a remark without a figure or a release: 北京时间…)
            lead = strip_lead(clause)[0]
            line.province_carry = line.province_carry or line.paragraph_start and opener \
                and _ANY_PROVINCE.match(lead) is not None \
                and not _PROVINCES_LISTED.match(lead) and not lead.startswith(("北京时间", *OTHER_PROVINCES)) \
                and (_DIGIT.search(clause) is not None or _REPORTS.search(clause) is not None)
        if "(" in sentence and current is not None and (_leaves_out(clause, current[0]) or _some_modes(
                _with_its_figures(sentence, clause, so_far), current[0])):
            narrowed = current[0]  # 生产总值782.20亿元(不含水力发电增加值…): not the whole's figure, nor its growth
        if line.years_carry or line.years_window:
            # (…。全市固定资产投资累计完成5120.3亿元，增长31.5%: the span's total and its change; “十四五”时期，…，
            # 2025年…；累计完成…: the span's again past the year)
            span_total = marked or span_total and not clause_period and not _ON_LAST_YEAR.search(clause)
        if window and line.years_window and found:
            # (…。全市汽车保有量185.2万辆，常住人口城镇化率62.3%: the levels the span reached, its stocks, rates and
            # shares; not their changes, nor an average over it, 失业率平均为5.2%)
            found = [f for f in found if not span_total and not _OVER_SPAN.search(clause) and (
                f.measure == "share_pct" or f.measure == "level" and (reached or _stock_or_rate(f.indicator)))]
        elif per_head or window or remark or forecast or target or span_total:
            found = []  # (a forecast after the place rules: 预计全年，全国…。其中… is still the nation's)
        elif narrowed is not None and found:
            found = [f for f in found if f.indicator != narrowed]
        elif line.above_quota and not clause.startswith(("全省", "全市")) \
                and (current is None or current[0] != "retail_sales"):
            # (not …限额以上…，社会消费品零售总额…，增长5.2%: the whole's total by its name, in the units' sentence too)
            found = []
        elif line.registered and found:
            found = [f for f in found if catalogue.indicators()[f.indicator].section != "population"]
        if line.part_prices and found:  # (see `_Line.part_prices`)
            found = [f for f in found if f.indicator != "cpi" and not f.indicator.startswith("cpi_")]
        if line.old_base and found and not YOY_BASE.search(sentence):
            found = [f for f in found if f.measure != "yoy_pct"]  # (see `_OLD_BASE_NOTE`)
        if line.averaged and found:
            found = [f for f in found if f.measure != "yoy_pct"]  # (see `_AVERAGED`)
        if line.earlier_base and found and not (clause_period and not line.first_part) \
                and not _ON_LAST_YEAR.search(clause) and not _last_year_base(clause, default.year):
            # (…，其中…同比增长…; …；2025年…增长5.2%: its own; not 与2019年同期相比，1-9月…增长14.2%)
            found = [f for f in found if f.measure not in ("yoy_pct", "pp_change")]
        if "占全省" in clause and "全市" in line.whole_words:
            # (城镇人口106.9万人，占全省总人口的2.4%: in a city's release, a share of the province's)
            found = [f for f in found if f.indicator != "urbanization_rate"]
        if not found:
            if _DIGIT.search(clause) and not _YEAR_CLAUSE.fullmatch(clause):
                stats.skipped.append(clause)
            continue
        line.ours_in_sentence = True
        for f in found:
            stats.used += 1
            at = period if f.year is None else Period(f.year, "", False)
            if at == line.document and at.label.isdigit() and not at.cumulative and at.label != "01" \
                    and not _ONE_MONTH.search(sentence) and catalogue.indicators()[f.indicator].section == "investment":
                at = Period(at.year, at.label, True)  # (investment is published to date only: 7月 is 1-7月)
            if at == line.month_end and line.document and not _STOCK_WORDS.search(f.name):
                at = line.document  # (截至6月底，…奶牛存栏…、牛奶产量69.51万吨: an output to date, not the moment's)
            elif at.cumulative and at.label and "余额" in catalogue.indicators()[f.indicator].zh:
                # (截至10月末，…存款余额…。金融机构本外币贷款余额…: a balance is the month's end, never months to date;
                # the end the paragraph named last: 截至9月末，…存款余额…。贷款余额… in October's is September's)
                month = at.label if at.label.isdigit() else f"{int(at.label[1]) * 3:02d}"  # (前三季度…: September's)
                at = line.balances_at or Period(at.year, month, False)
            key = (f.indicator, f.measure, at.key(), at.cumulative)
            prior = out.get(key)
            local = prior is not None and prior.value != f.value \
                and any(w in f.name and w not in prior.indicator_zh for w in _NARROWER)  # (一般公共预算地方收入)
            if prior is not None and prior.value != f.value \
                    and any(w in prior.indicator_zh and w not in f.name for w in _NARROWER):
                continue  # 地方一般公共预算收入… then 一般公共预算收入 (with the upper levels' shares): the local one
            line.filed.add(at)
            if f.measure == "level":
                line.filed_here[f.indicator] = f.value
            else:
                line.filed_here.setdefault(f.indicator, None)
            if prior is None or local:  # (a figure stated again is only compared; a local part replaces its total)
                out[key] = Observation(region=region, indicator=f.indicator, measure=f.measure, period=key[2],
                                       value=f.value, unit=f.unit, cumulative=at.cumulative, preliminary=prelim,
                                       source_text=quoted, indicator_zh=f.name, published_date=published)
            elif prior.value != f.value:
                stats.conflicts.append(f"{key}: {prior.value} then {f.value}")
                stats.conflict_keys.add(key)
    line.named = line.named or subject is not None
    line.unknown_total = latest_unknown
    line.projects = projects
    # what a sentence after a semicolon may leave out: the one entity this sentence named
    line.sole = subject if isinstance(subject, tuple) and not others and not province_said else None
    line.foreign = foreign and not compared
    line.city_carry = foreign and by_city
    line.named_in = period
    line.paragraph_start = False
    line.area_doer = area_doer  # (…；实现财政总收入…: past the semicolon, to the sentence's end)
    return subject


def _above_quota(sentence: str) -> bool:
    """Whether the sentence is about the units above the quota (限额以上, 限上) before its first figure
    (限额以上单位中，城镇…; 1-10月，全省限额以上单位消费品零售额…; 338家限额以上商贸企业…); a clause in it naming the
    whole's total (新增限额以上商贸单位235家，社会消费品零售总额…) stays the whole's."""
    if (m := _ABOVE_QUOTA.search(sentence)) is None:
        return False
    # (a count of the units before their name is part of it: 338家限额以上商贸企业实现消费品零售额…)
    counted = _QUOTA_COUNTED.sub(lambda c: "#" * len(c.group(0)), sentence)
    return (d := _DIGIT.search(counted, strip_lead(sentence)[1])) is None or m.start() < d.start()


def _quota_figures(sentence: str) -> tuple[float | None, float | None] | None:
    """The above-quota units' retail total a sentence states (限额以上单位消费品零售额567.8亿元，增长6.1%): its amount
    in yuan and its growth, either None when not stated; None when the sentence states no retail of theirs
    (限额以上批发业销售额…: the trades' sales, whose breakdown is no retail)."""
    if (m := _QUOTA_RETAIL.search(sentence)) is None:
        return None
    levels = _levels(sentence[m.end():])
    amount = levels[0][0] if levels and levels[0][1] == "CNY" else None
    growth = next(iter(_growths(sentence[m.end():])), None)
    return amount, growth


def _levels(text: str) -> list[tuple[float, str]]:
    """The figures a text states with a unit, canonical (567.8亿元 -> 56780000000.0, CNY)."""
    return [catalogue.canonical(v, u) for v, u in _LEVEL.findall(text)]


def _growths(text: str) -> list[float]:
    """The changes a text states in percent, signed (增长5.6%, 下降1.2%)."""
    return [float(n) * _sign(v) for v, n in _GROWTH_SAID.findall(text)]


def _the_wholes(sentence: str, whole: float | None, quota: tuple[float | None, float | None]) -> bool:
    """Whether a breakdown after the above-quota units' total is the whole's, not theirs: one amount larger than their
    total, amounts adding up to the whole's total stated before and not to theirs (社会消费品零售总额1234.5亿元…。
    限额以上…567.8亿元…。按经营地分，城镇…1034.5亿元…；乡村…200.0亿元…), or growths all on one side of theirs
    (theirs 7.1%, then 城镇增长5.6%，乡村增长6.4%: a total's growth lies between its parts')."""
    amount, growth = quota
    amounts = [value for value, unit in _levels(sentence) if unit == "CNY"]
    if amount and any(a > amount * 1.01 for a in amounts):
        return True
    for group in _BREAKDOWN.split(sentence):  # (按经营地分，…；按消费类型分，…: each on its own)
        gaps = [round(g - growth, 6) for g in _growths(group)] if growth is not None else []
        if len(gaps) > 1 and (all(d < -0.1 for d in gaps) or all(d > 0.1 for d in gaps)):
            return True  # (beyond what rounding to one decimal moves)
    total = sum(amounts)
    if not whole or not total:
        return False
    return abs(total - whole) <= whole / 100 and not (amount and abs(total - amount) <= amount / 100)


_QUOTA_COUNTED = re.compile(r"\d+(?:\.\d+)?万?[家户个](?=限额以上|限上)")
_ABOVE_QUOTA = re.compile(r"限额以上|限上")
# their retail as a sentence's subject (限额以上单位消费品零售额…, 338家限额以上商贸企业实现消费品零售额…, 限额以上单位
# 1235家，实现消费品零售额…; not 限额以上零售业销售额…, a trade's sales)
_QUOTA_RETAIL = re.compile(r"(?:限额以上|限上)[^，,；;。\d]{0,16}?(?:\d+(?:\.\d+)?万?[家户个][，,](?:共?实现|完成)?"
                           r"(?![^，,；;。\d]{0,4}社会)[^，,；;。\d]{0,8}?)?(?:零售额|消费品零售)")
_GROWTH_SAID = re.compile(r"(增长|下降|减少|回落|上涨)(" + NUM + r")%")


def _year_end(period: Period | None, words: str, default: Period, communique: bool) -> Period | None:
    """12月末 in a year's communiqué is its year end (年末): the stocks then are the year's, as 年末's are."""
    if period is not None and communique and not default.label and period.label == "12" and not period.cumulative \
            and period.year == default.year and _DECEMBER_END.search(words):
        return default
    return period


_PRICES = re.compile(r"价格|CPI|PPI|指数|涨|降")  # what a month-on-month passage talks of
_TO_DATE = re.compile(r"[1１][-—~～至]\d|累计|今年以来")  # …not a year to date's change
_MONTH_ON_MONTH_HEAD = re.compile(r"[“\"「（(]?(?:(?:从|就)?环比(?:方面|看|来看|上看)|"
                                  r"(?:与|和|同)(?:上月|上个月|\d{1,2}月份?)(?:相比|比较)[，,])")


def _opens_month_on_month(text: str) -> bool:
    """环比方面，… / 从环比看，… / 与6月相比，…: what follows is on the month before."""
    return ("环比" in text[:7] or "相比" in text[:9] or "比较" in text[:9]) \
        and _MONTH_ON_MONTH_HEAD.match(text) is not None


def _month_on_month_goes_on(text: str) -> bool:
    """Whether a sentence after such an opening is still on the month before: its prices, with no 同比 and no
    year to date (1-11月份，全省规模以上工业增加值… is not)."""
    return not YOY_BASE.search(text) and _PRICES.search(text) is not None and not _TO_DATE.search(text)
_DECEMBER_END = re.compile(r"12月(?:末|底)")
_MONTH_END = re.compile(r"\d{1,2}月(?:份)?(?:末|底)")
# who says what a sentence goes on to say, in one clause (人民银行长沙中心支行今天通报…称:, 数据显示，)
_SAID = re.compile(r"[^。；;，,：:]{0,60}?(?:[：:]|(?:称|显示|表示|获悉|公布)[，,])")
# what a month's end is said of
_STOCK_WORDS = re.compile(r"余额|存款|贷款|存栏|保有|用户|人口|汽车|基站|装机|在册|登记")
# a rank or share of the nation's (全国GDP排名第7位, 全国原煤产量的四分之一): a remark, not the nation's figure
_RANKING = re.compile(r"排名|排位|位次|第[一二三四五六七八九十\d]{1,3}(?:位|名|大|多)|首位|前列|之一|分之")
# a sentence breaking the figures before it down (分城乡看，…; 按经营单位所在地分，…): the nation's after its
# figures (see `extract`)
_BREAKDOWN = re.compile(r"(?:分|按|从)[^，,。；;]{1,8}?(?:看|分|来看)[，,：:]")
# what a month's figures in a sentence say: balances, stocks, the jobless rate, prices, the month itself (单月, 环比)
_MONTH_FIGURES = re.compile(r"余额|存款|贷款|存栏|保有|用户|基站|装机|人口|在册|登记|失业率|价格|指数|CPI|PPI|"
                            r"本月|当月|单月|月度|环比|上月")
_WHOLE_YEAR_WORDS = re.compile(r"(?<![比较于的为])(?:全年|年末)")  # (not 比全年平均…, 为全年最高)


def _states_level(text: str) -> bool:
    """Whether a text states an amount (2000亿元, 45辆), not only a rate (5.1%, 1.2个百分点)."""
    return any(m.group(2) not in _RATES for m in _LEVEL.finditer(text))


def _per_head_size(sentence: str) -> bool:
    """Whether a sentence's first amount is the size of a per-head figure: under 1000, with no 万 or 亿."""
    first = next((m for m in _LEVEL.finditer(sentence) if m.group(2) not in _RATES), None)
    return first is not None and float(first.group(1)) < 1000 and not first.group(2).startswith(("万", "亿"))


SECTORS = ("第一产业", "第二产业", "第三产业")
GDP_SECTORS = ("gdp_primary", "gdp_secondary", "gdp_tertiary")
GDP_FAMILY = ("gdp", *GDP_SECTORS)


@dataclass
class _Line:
    """What a paragraph has said so far that governs the rest of it."""
    other_gdp: bool = False  # it named the GDP of an area the catalogue does not know (民族自治地方, 经济区)
    opens_elsewhere: bool = False  # …as the first thing it said
    named: bool = False  # a sentence before in it named a subject
    per_head: bool = False  # the last sentence was per head (每千人口…) to its end
    planned: bool = False  # a clause of this 。-sentence said what follows is forecast or a target, past its semicolons
    prices: bool = False  # the release is about prices (…居民消费价格变动情况): a product named bare is its price
    area_first: bool = False  # an area's GDP opened it before the region's own was read: the area's till 全省…
    trade_said: bool = False  # a clause in it named trade (see `TRADE_ONLY_BESIDE_TRADE`)
    gdp_last: bool = False  # its last sentence with a subject was about GDP (see `SECTORS`)
    sole: tuple[str, str] | None = None  # the last sentence's subject, if it named no other entity
    area: bool = False  # it opens a section whose heading names an area (十四、县域经济)
    renminbi: bool = False  # a note (人民币，下同) made its balances renminbi ones
    renminbi_led: bool = False  # the 。-sentence opened with a renminbi balance: its bare balances are renminbi too
    currency_later: bool = False  # a part of the 。-sentence after its first semicolon names a currency
    registered: bool = False  # the sentence is about the registered (户籍) population
    averaged: bool = False  # the sentence is framed as averages over years (see `_AVERAGED`)
    earlier_base: bool = False  # …opens with a base years before the last (与2020年相比，…)
    above_quota: bool = False  # …about units above the quota (限额以上), not the whole
    unknown_name: str = ""  # the words naming the last total the catalogue does not hold
    document: Period | None = None  # the release's own period
    unknown_total: bool | None = None  # the last total the sentence before a semicolon stated was unknown
    narrowed: frozenset[str] = frozenset()  # subjects the sentence named a part of (公路水路货运量, 对…国家进出口)
    cities: re.Pattern[str] | None = None  # the province's cities other than the release's own place
    builders: bool = False  # a sentence before in the paragraph was about construction firms (建筑企业…总产值)
    foreign: bool = False  # the last sentence ended on another place's figures (…，南阳2025年上半年GDP达…)
    old_base: bool = False  # a note set the text's base to an earlier year: a change without a base is on that
    named_in: Period | None = None  # the period the last sentence's figures were in
    paragraph_start: bool = True  # no sentence of the paragraph read yet
    city_carry: bool = False  # …on a city's of the province: the paragraph's sentences after it are the city's
    # the part before the semicolon was a row written as text or opened with its period (see `_PERIOD_FIGURE`)
    row_before: bool = False
    window_opened: bool = False  # the sentence opened with a window of days or a holiday (see `_DAYS_WINDOW`)
    years_window: bool = False  # …with a span of years (see `_YEARS_WINDOW`)
    years_carry: bool = False  # …in a paragraph or section a span of years opened, naming no period (`_SPAN_TOTAL`)
    years_strict: bool = False  # …stating no change of the year's (see `_states_change`): the span's but for levels
    area_doer: bool = False  # the sentence opened with an area (昌九经济体实现…): its 实现… clauses are the area's
    province_carry: bool = False  # another province opened the paragraph: its sentences are that province's
    # a clause named the nation's figure (全国原煤产量…): the nation's past the semicolons, to the sentence's end
    # (and in a 其中 sentence or one breaking its figures down after it: see `extract`), until the release's
    # whole is named again (全省…)
    nation_carry: bool = False
    ours_in_sentence: bool = False  # the full sentence filed a figure of the release's region
    month_end: Period | None = None  # the month's end the sentence opened with (3月末，…): the stocks' period
    whole_words: tuple[str, ...] = ()  # the words naming the release's whole area again (全省… in a province's)
    local_whole: tuple[str, ...] = ()  # …in a city's or county's release, its own words (全市, 我市; 全县)
    first_part: bool = True  # the sentence read is the first of its full sentence's semicolon parts
    mode_led: bool = False  # the sentence before opened with the road's volume (see `_ONE_MODE`)
    urban: bool = False  # a clause of the full sentence turned to the urban districts (see `_sentence`'s urban_led)
    part_prices: bool = False  # the sentence breaks down a part's consumer prices (市区居民消费价格…。其中…)
    # the indicators the paragraph filed figures of, with the last level filed (or None)
    filed_here: dict[str, float | None] = field(default_factory=dict)
    unknown_unit: str = ""  # the canonical unit of the last total the catalogue does not hold
    projects: bool = False  # …and it was a kind of investment (see `_sentence`'s projects)
    filed: set[Period] = field(default_factory=set)  # the periods the full sentence filed figures in
    balances_at: Period | None = None  # the last month's end a sentence of the paragraph opened with (截至9月末，…)
    # the last total named was the catalogue's, not an unknown one's (扎实推进项目建设，全市固定资产投资增长12.3%。
    # 其中，…: the investment's parts, though the sentence's first subject was unknown)
    known_last: bool = False


# floor space after construction firms in a paragraph is theirs (全市具有资质等级的建筑企业262家，总产值…。房屋施工
# 面积下降17.5%), until a sentence names the developers (房地产开发投资…，房屋施工面积…)
_FLOOR_SPACE = ("floor_space_under_construction", "floor_space_new_starts")
_CONSTRUCTION_FIRMS = re.compile(r"建筑业|建筑企业|资质")
_DEVELOPERS = re.compile(r"房地产|商品房|开发")


def _after_gdp(subject: object, before: object, line: _Line) -> bool:
    """Whether a sector named bare (第一产业增长3.9%, 第一、二、三产业分别增长…) follows GDP: its sentence's subject,
    the part before its semicolon or the last sentence with a subject was about GDP (else it is another figure's
    sector: 固定资产投资…。分产业看，第一产业增长3.1%…)."""
    return isinstance(subject, tuple) and subject[0] in GDP_FAMILY \
        or isinstance(before, tuple) and before[0] in GDP_FAMILY or line.gdp_last


# the capital named as such (省会城市武汉市…, 首府城市库尔勒市…, a prefecture's seat): its figures, not the whole's
_CAPITAL_CITY = re.compile(r"(?:^|(?<=[，,年末]))(?:省会|首府)(?:城市)?")
_CITY_NAMED = re.compile(r"[\u4e00-\u9fa5]{2,5}?市")


def _capital_named(clause: str, line: _Line) -> bool:
    """Whether a clause opens with the capital named by its role and its name (省会城市武汉市…, 省会武汉…), not a remark
    on its role (省会引领战略深入实施，…; 省会城市首位度持续提升，…) nor the release's own city."""
    if (m := _CAPITAL_CITY.search(clause, 0, _PLACE_HEAD)) is None:
        return False
    name = _CITY_NAMED.match(clause, m.end()) or _any_city().match(clause, m.end())
    return name is not None and name.group(0) not in line.whole_words and name.group(0) not in line.local_whole


# a part of the province a clause opens with (长株潭地区最高，人均可支配收入为30655元; 贫困地区农村居民…)
_PART_AREA = re.compile(r"(?!城乡|重点|各|全)[\u4e00-\u9fa5]{2,6}(?:地区(?!生产)|片区|区域|经济圈|都市圈|城市群|板块)")
# what a city's own news opens with after its name, before its figures (襄阳工业生产总体保持平稳，…; 襄阳市消费市场
# 保持活跃，…): the city as a place, not a firm or a brand (株洲中车, 信阳毛尖)
_CITY_TOPIC = re.compile(r"市?(?:的)?(?:经济|工业|农业|消费|投资|外贸|对外贸易|财政|金融|服务业|"
                         r"房地产|物价|市场|居民|全市)")


@cache
def _other_cities(region: str, place: str) -> re.Pattern[str] | None:
    """The province's cities the release is not about, as a clause opens with one (长沙进出口…, 武汉市…; not
    长沙海关 or 宜昌调查队, which report on the province or the release's own place)."""
    try:
        names = [name for name in provinces.get(region).cities if name not in place]
    except KeyError:
        return None
    return re.compile("(?:" + "|".join(names) + r")(?:市|州|土家族苗族自治州|林区)?(?!海关|调查|统计|中心支行)") \
        if names else None


_LAST_MONTH = ("上月", "上个月")
_ONE_MONTH = re.compile(r"当月|本月|单月")  # (a month's own figure, not its months to date)
# a target's year (完成年度预算的85.1%, 全年财政收入预算的…, 年度预算收入的…) is no period; not 全年一般公共预算收入
# nor 全年超额完成预期目标，…增长7.7% (the year's)
_TARGET = re.compile(r"(?:年度|全年|年初)[^，,；;的]{0,6}?(?:预算|目标|计划|任务)(?:收入|支出)?的")
_BASIS = re.compile(r"按[^，,]{0,20}?(?:计算|测算|统计|核算)$")


def _based(sentence: str) -> bool:
    """Whether a sentence opens with the basis of its figures (按2023年末人口计算，…): no period of its own."""
    return sentence.startswith("按") and _BASIS.match(_TEXT_CLAUSES.split(sentence, 1)[0]) is not None
_LAST_YEARS = re.compile(r"(?:(?<![比较于与同和])|(?<=相当于))(?:去年|上年|前年)(?:全年|同期|年末|年底|年度)")
_THIS_YEAR = re.compile(r"今年(?:以来|前|上半年|第?[一二三四]季度|[1１]\s*[-—~～至]|\d{1,2}月)")
_MONEY = ("CNY", "USD")
# (1-11月全省进出口总值…: the whole's again; not 居全省第三)
_WHOLE_WORDS = ("全省", "我省", "本省", "全市", "本市", "我市")
# a clause that names no more than the place the clauses after it are about (从全国看, 全国来看, 武汉方面, 就湖北而言;
# 湖北省统计局数据显示 in Hunan's; not 国家统计局…, whose figures a province's release quotes as its own)
_PLACE_LEAD = re.compile(r"(?:从|就)?(?P<place>[\u4e00-\u9fa5]{2,8}?)(?:范围内?)?(?:来看|看|方面|而言|情况看)"
                         r"|(?:据|根据)?(?P<bureau>[\u4e00-\u9fa5]{2,6}?)统计局(?:发布的?)?(?:数据|消息)?(?:显示|表明)?")


def _elsewhere(place: str, region: str, line: _Line) -> bool:
    """Whether a place a lead clause names is another than the release's: the nation, another province, one of the
    province's cities (not ours, 全省, nor a way of looking, 分产业, 从同比)."""
    if place in ("全国", "我国", "国内"):
        return True  # (not 国家, of 国家统计局)
    if region in PROVINCES.values() and provinces.get(region).zh in place:
        return False
    return _ANY_PROVINCE.fullmatch(place.rstrip("省市")) is not None \
        or line.cities is not None and line.cities.fullmatch(place) is not None


# a note setting the base of the changes after it (比2019年同期(下同)增长37.9%): when the year is not the one before
# the release's, a change stated with no base of its own is on that year, not a year-on-year one
_OLD_BASE_NOTE = re.compile(r"(?:比|较|与)(\d{4})年(?:同期)?(?:相比)?\s*[(（]下同[)）]")
_PROVINCE_WHOLE = ("全省", "我省", "本省")  # (in a province's, 全市 after a city's name is that city's)
# a city's standing in its province (全省第5, 全省排名第3, 全省占比7.9%, 全省平均为4.5%): a remark, no province's figure
_STANDING = re.compile(r"排名|排位|位次|第[一二三四五六七八九十\d]{1,3}|首位|前列|占比|比重|平均|居(?:全|第|前|首)")
_BARE_CHANGE = re.compile(r"(?:同比)?(?:增长|下降|上涨|回落|为|达|\d)")  # a figure with no subject of its own
# the words a city's, county's or district's release names its whole by
_LOCAL_WHOLE_WORDS = {"市": ("全市", "本市", "我市"), "县": ("全县", "本县", "我县"), "区": ("全区", "本区"),
                      "州": ("全州", "本州"), "旗": ("全旗", "本旗"), "盟": ("全盟", "本盟")}
# provinces listed (广东、山东、河南…; 安徽、江西两省; 河南、湖南等): no one province's paragraph
_PROVINCES_LISTED = re.compile(r"[\u4e00-\u9fa5]{2,4}[、和与及][\u4e00-\u9fa5]{2,4}|"
                               r"[\u4e00-\u9fa5]{2,8}(?:两省|三省|等)")
_REPORTS = re.compile(r"统计局|公报|发布|显示|消息")  # (another province's release quoted)
_OUR_PROVINCE = ("我省", "本省")
_TRADE = frozenset({"trade_total", "exports", "imports"})
_PARTNERS = frozenset({"trade_belt_road", "trade_asean", "trade_eu", "trade_us", "trade_rcep", "trade_hk"})
_TRADE_PARTS = _PARTNERS | {"trade_private", "trade_foreign_invested", "trade_general", "trade_processing"}
# a count of units right after a name (民营企业突破5700家, 外商投资企业326个): the units counted, not their money
_COUNTED = re.compile(r"(?:有|共有|达到?|突破|超过|为|共)?\d+(?:\.\d+)?万?(?:家|户|个)(?![\u4e00-\u9fa5]{0,3}元)")
# a part a sentence names first (one mode of transport's volumes, trade with some partners) holds for the
# subjects of its kind named bare after it (公路水路完成货运量…，货物周转量…; 对“一带一路”沿线国家进出口表现抢眼，
# 合计进出口…), unless a clause names the whole (全社会…, 全省…)
_MODES = re.compile(_MODE)
# another mode's passengers or freight (铁路客运287万人, 民航旅客吞吐量…; not 港口货物吞吐量, 机场大巴客运量)
_OTHER_MODES = re.compile(r"(?:水路|水运|铁路|民航|航空|管道)[^，,；;。]{0,4}?(?:客运|货运|旅客|货物)")
_TRANSPORT = frozenset({"freight_volume", "freight_turnover", "passenger_volume", "passenger_turnover"})
# …and so does one mode's own volume opening a sentence, however worded (公路汽车客运量…; 民航旅客吞吐量…, a subject
# the catalogue holds; not 铁路营业里程…, nor 公路、铁路… listed)
_ONE_MODE = re.compile(_MODE_WORDS + r"[^，,；;。、\d]{0,8}?(?:客运量|货运量|运输总?量|周转量|吞吐量|发送量|到发量)")
# (each bare name's figure, and the volume of its kind)
_BARE_TRANSPORT = {"客运量": "passenger_volume", "货运量": "freight_volume", "旅客运输量": "passenger_volume",
                   "货物运输量": "freight_volume", "旅客周转量": "passenger_turnover", "货物周转量": "freight_turnover",
                   "客运周转量": "passenger_turnover", "货运周转量": "freight_turnover",
                   "旅客运输周转量": "passenger_turnover", "货物运输周转量": "freight_turnover"}
_VOLUME_OF = {ind: ind.split("_")[0] + "_volume" for ind in _BARE_TRANSPORT.values()}
_PARTS_NAMED = ((re.compile(_MODE + r"(?:[、和及与]?" + _MODE + r")*(?:运输)?(?:完成|实现)?(?:货运|客运|货物|旅客)"),
                 _TRANSPORT),
                # (trade with partners a clause names: 对“一带一路”沿线国家, 与东盟; not 对外, 对全国进出口增长的贡献)
                (re.compile(r"[对与向](?!外|全国|全省|全市|全球|世界|好)[^，,]{0,20}?(?:国家|国|盟|地区|洲|市场|伙伴|经济体|一带一路|RCEP|"
                            r"香港|澳门|台湾|日本|韩国|美|俄罗斯|印度|越南|泰国|新加坡|马来西亚|印尼|巴西|澳大利亚|中东|拉美|中亚)"
                            r"[^，,]{0,6}?(?:进出口|出口|进口)"), _TRADE),
                # (a kind of firm or of trade: 民营企业为外贸主引擎，进出口3702.3亿元; 一般贸易进出口强劲增长，进出口…;
                # a partner as the subject: 东盟是第三大贸易伙伴，进出口总值99.2亿元)
                (re.compile(r"(?:(?:民营|私营|外商投资|外资|国有|集体|港澳台(?:商)?投资|三资|加工贸易)企业|一般贸易|加工贸易|"
                            r"(?:东盟|欧盟|美国|日本|韩国|俄罗斯|印度|越南|中国香港|香港|中国台湾|台湾|澳大利亚|巴西|非洲|拉美|中东)"
                            r"(?:是|为|成为|继续|仍|保持|位居|居))"), _TRADE))
# a clause naming the whole: all modes' volumes (全社会…, 货物运输总量), the whole region's trade (全省…)
_WHOLE_NAMED = re.compile(r"全社会|综合运输|各种运输方式|全省|全市|我省|本省|本市|我市|总量")
# a bracket naming modes of transport (旅客运输总量(包含公路、水运)…, (公路、水路), (仅含公路), (含铁路、民航))
_MODES_INCLUDED = re.compile(r"\(([^()\d]*" + _MODE_WORDS + r"[^()\d]*)\)")  # (not (其中公路1.62亿吨))
_MODES_NOTE = re.compile(r"\([^()]*" + _MODE_WORDS + r"[^()]*[,，][^()]*\)")
_MODES_LEFT_OUT = re.compile(r"不含|不包括|未含|仅|只|除外")
_MODE_BEFORE = re.compile(_MODE_WORDS + r"$")


def _leaves_out(clause: str, subject: str) -> bool:
    """Whether a bracket says the clause's subject leaves a part out (see `_EXCLUDING`, `_STORAGE_LEFT_OUT`)."""
    return any(subject not in _STORAGE_SCOPED or not _STORAGE_LEFT_OUT.fullmatch(m.group(0))
               for m in _EXCLUDING.finditer(clause))


def _with_its_figures(sentence: str, clause: str, so_far: str) -> str:
    """The clause (ending where `so_far` does) and the clauses after it that go on with its figures (…1.23亿吨，比上年
    增长4.1%(含公路、水运); not …，客运量增长3.8%, another subject's)."""
    start = max(sentence.rfind(clause, 0, len(so_far)), 0)
    end = start + len(clause)
    for after in _CLAUSE_SPLIT.split(sentence[end + 1:]) if end < len(sentence) else ():
        if not _STATES_FIGURE.match(after):
            break
        end += len(after) + 1
    return sentence[start:end + 1]


def _some_modes(part: str, subject: str) -> bool:
    """Whether a bracket naming modes says a transport total counts some of them only: one leaving some out or
    counting some only (不含铁路、民航, 仅含…, 只统计…), or naming the road without the railway (含公路运输, 包含公路、
    水运, (公路、水路), 公路客运: a city's own count); not modes included beside the road's (含铁路、民航, 含管道,
    包括水运: the whole, those modes in it), nor all of them (含铁路、公路、水运). Anywhere in the sentence's part:
    after the growth too (…增长4.1%(含公路、水运))."""
    if subject not in _TRANSPORT:
        return False
    for m in _MODES_INCLUDED.finditer(part):
        words = m.group(1)
        if _MODE_BEFORE.search(part, 0, m.start()):
            continue  # (其中公路(含高速公路)货运量…: the road's own note)
        if _MODES_LEFT_OUT.search(words) or ("公路" in words or "道路" in words) and "铁路" not in words:
            return True
    return False


# what a total the catalogue does not hold counts, when it is no output: a stock (民用车辆保有量) or a use
# (能源消费合计): the products its 其中 parts name (汽车, 原煤, 天然气) are not their output
_OWNED = re.compile(r"保有|拥有量")
_STOCK_OR_USE = re.compile(r"保有|拥有量|消费|消耗|用量")
_PRODUCED = {ind for ind in ("raw_coal_output", "coke_output", "natural_gas_output", "crude_steel_output",
                             "steel_products_output", "cement_output", "automobile_output", "nev_output",
                             "ic_output", "mobile_phone_output")}


# figures an institution has: after one the catalogue does not hold, they are that institution's
INSTITUTION_STAFF = ("health_technicians", "licensed_doctors", "registered_nurses", "hospital_beds")
# a kind of institution counted, or its staff or beds (乡镇卫生院181个, 医院、卫生院技术人员6.21万人)
_INSTITUTION = re.compile(r"[^\d，,]*?(?:院|中心|站|所|室|机构)(?:\([^)]*\))?(?:[^\d，,]*?(?:人员|床位))?"
                          r"(?:共有|有|达|为)?\d+(?:\.\d+)?万?(?:个|家|所|处|人|张)")
# the region's health institutions, not a kind of them (基层医疗卫生机构…)
_WHOLE_SECTOR = re.compile(r"(?<!基层)(?<!专业)(?<!基层医疗)(?<!专业公共)(?<!民营)(?<!公立)(?<!民办)"
                           r"(?:卫生计生机构|卫生机构|医疗机构)")
# a remark on a total (拉动全市投资增长…, 高于全省…, 占…): not another total
_ABOUT_IT = re.compile(r"拉动|带动|高于|低于|快于|慢于|高出|领先|超过|占|比|较|增速|对")
# a threshold above the survey's before 项目 (5000万元及以上项目), which THRESHOLD keeps as 大额
_PROJECT_AFTER = re.compile(r"[^，,；;\d]{0,8}项目")
_BIG = r"(?:(?:\d+(?:\.\d+)?)?亿|[1-9]\d{3,}万|[一二三四五六七八九两]?千万)"  # (亿, 10亿, 5000万, 千万: above 500万)
_BIG_THRESHOLD = re.compile(_BIG + "元")
# a kind of investment stating its figure (see `_sentence`'s projects): projects above the survey's threshold or of a
# kind, the state's, an area's (not the whole's: 项目投资, 产业投资, 500万元以上项目, 非国有投资)
_STATED = r"(?:同比|比上年|较上年)?(?:增长|下降|为|达|\d)"  # a figure or its change stated after a name
_PROJECT_KINDS = r"(?:" + _BIG + r"元?及?以上|大额|重点|重大|新开工|新建|续建|在建|招商引资)"
_PROJECTS = re.compile(r"(?:[^，,；;]*?" + _PROJECT_KINDS
                       + r"[^，,；;]*?项目(?:共|累计)?(?:完成|实现)?(?:固定资产)?投资(?:额|完成额)?"
                       r"|(?:全市|全省|全区|全州|全县)?(?:国有|国有控股|外商|港澳台)(?:及国有控股)?(?:固定资产)?投资"
                       r"|[^，,；;]*?(?:开发区|园区|高新区|经开区|县域)[^，,；;]*?(?:固定资产)?投资"
                       r")" + _STATED)
_PROJECTS_COUNTED = re.compile(r"[^，,；;]*?" + _PROJECT_KINDS + r"[^，,；;]*?项目(?:共|有|达)?\d+个")
# a count of a kind of firms, of projects, markets or zones opening a clause names them (66个省级及以上工业类开发区…,
# 126家高新技术企业实现营业收入…, 326个项目完成投资…), not the figure of the subject before (but …，1200家企业实现
# 盈利，实现利润总额…: the firms before; 1200家工业企业… is a group, or which cannot be told)
_COUNT_LED = re.compile(r"\d+(?:\.\d+)?万?(?:个|家|户|所|座)(?:[^，,；;\d]{0,12}?(?:开发区|园区|高新区|经开区|"
                        r"产业集聚区|示范区|项目|商圈|市场|景区|工商户)|(?!企业)[^，,；;\d]{1,12}?企业)")
# a kind of a catalogue figure (财产险保费收入: the property insurers' premiums) and the figures a bare name after it
# in the sentence means of that kind (…，赔款及给付20.2亿元: the property insurers' claims)
_KIND_SIBLINGS = {"insurance_premiums": ("insurance_claims",), "insurance_claims": ("insurance_premiums",)}


_WHOLE_PATENTS = ("", "国内", "国内外", "三种", "受理", "共受理", "新增")  # (the words a region's patents go by)


def _granted(m: re.Match[str]) -> str:
    """专利申请量…，授权量… with the noun said again, when nothing but the period, the place or the whole's words
    stand before 专利 (not 实用新型专利…, 高校专利…, PCT专利…, 国外专利…: a kind's)."""
    if strip_lead(m.group(1))[0] not in _WHOLE_PATENTS:
        return m.group(0)
    return m.group(1) + m.group(2) + m.group(3) + m.group(2) + "授权量"


def _kind_of(named: str) -> str | None:
    """The catalogue figure (of `_KIND_SIBLINGS`) a kind of insurance qualifies: 财产险保费收入, 农业保险保费收入,
    财产保险公司保费收入 are kinds of premiums (not 保险业保费收入 or 各保险公司…保费收入, the whole's)."""
    if "险" not in named:
        return None
    for ind in _KIND_SIBLINGS:
        spec = catalogue.indicators()[ind]
        if any(named.endswith(a) and (kind := _INSURANCE_KIND.search(_INCLUDING.sub("", named[: -len(a)])))
               and not kind.group(0).startswith("产寿") for a in (spec.zh, *spec.aliases)):
            return ind
    return None


# (not in a note of what it includes, 保险业(含农业保险)…, nor 产寿险 together: the whole's; 保险机构(不含农业保险) is
# a narrower scope, as good as a kind)
_INSURANCE_KIND = re.compile(r"(?:产寿|财产|人身|人寿|寿|健康|意外伤害|意外|农业|农|责任|机动车|车|产|信用)保?险")
_INCLUDING = re.compile(r"\(含[^()]*\)")


# the investment of the projects a clause before counted (…项目326个，完成投资520.3亿元)
_THEIR_INVESTMENT = re.compile(r"(?:固定资产)?投资(?:额|完成额)?" + _STATED)
# a remark on the subject with an amount in it (新增5900亿元, 增收87亿元): not another entity
_REMARK = re.compile(r"新增|增收|减收|净增|净减|多增|少增|比年初|较年初|比上年|较上年")


# subjects that only mean something with the total before them (上海口岸进出口…其中，出口…)
_ONE_WAY = ("出口", "进口", "货物出口", "货物进口")
# balances of a kind of institution the catalogue does not hold (农村金融合作机构(农村信用社…)人民币存款余额…), and the
# balance named after them past a semicolon
_HOLDERS_BALANCE = re.compile(r"[^，,；;。\d]{0,20}?(?:(?:农村|农合|地方法人|中资|(?<!中)外资|中小|城市商业|村镇|"
                              r"政策性|邮政储蓄|邮储)[\u4e00-\u9fa5]{0,8}?(?:金融机构|银行|机构|信用社)|城商行|农商行|小额贷款公司|"
                              r"财务公司|信托公司)[^，,；;。\d]{0,40}?(?:存款|贷款)")
_RENMINBI_BALANCES = frozenset(catalogue.RENMINBI.values())
_BALANCE_NAMES = ("人民币存款", "人民币贷款", "本外币存款", "本外币贷款", "外币存款", "外币贷款", "各项存款",
                  "各项贷款", "存款", "贷款")
# periods listed (一、二、三季度; 1、2、3月)
_PERIODS_LISTED = re.compile(r"[一二三四](?:、[一二三四])+季度|\d{1,2}月?(?:、\d{1,2}月?)+月")
# (高新技术产品进口7.3亿美元: one way of a trade the catalogue does not hold)
_ONE_WAY_OF = re.compile(r"[\u4e00-\u9fa5]{2,12}?(?:进口|出口)(?:额|总额|总值|值)?(?=\d|为|达|共|约)")
PART_WORDS = ("出口", "进口", "出口额", "进口额", "出口值", "进口值", "出口总额", "进口总额", "出口总值", "进口总值",
              "货物出口", "货物进口", "城镇", "乡村", "农村", "第一产业", "第二产业", "第三产业")
# attributes that share a subject: 普通本专科招生60.02万人，在校生191.52万人，毕业生50.96万人
SIBLING_ATTRIBUTES = ("招生", "在校生", "在校学生", "毕业生", "在园幼儿")


@cache
def _parts_of() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Indicator id -> its parts in the catalogue (id, the words that name the part), in catalogue order."""
    parts: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for ind in catalogue.indicators().values():
        if ind.part_of:
            parts.setdefault(ind.part_of[0], []).append((ind.id, ind.part_of[1]))
    return parts


@cache
def _attribute_starts() -> dict[str, frozenset[str]]:
    """Every head of a catalogue name (two characters or more) -> the first two characters of what follows
    it in those names (two or more)."""
    starts: dict[str, set[str]] = {}
    for alias in _aliases():
        for cut in range(2, len(alias) - 1):
            starts.setdefault(alias[:cut], set()).add(alias[cut:cut + 2])
    return {head: frozenset(tails) for head, tails in starts.items()}


@cache  # (a subject's name is a catalogue name, or one composed of two)
def _entity_cuts(name: str) -> dict[str, tuple[int, ...]]:
    """Where a subject's name may be cut into an entity and an attribute another catalogue name shares the
    entity of: the first two characters of that other attribute -> the entity's lengths, longest first."""
    starts = _attribute_starts()
    cuts: dict[str, list[int]] = {}
    for cut in range(len(name) - 2, 1, -1):  # an entity and an attribute of two characters at least
        for tail in starts.get(name[:cut], ()):
            cuts.setdefault(tail, []).append(cut)
    return {tail: tuple(ns) for tail, ns in cuts.items()}


def _one_family(one: str, other: str) -> bool:
    """Whether two catalogue figures are one figure's family (rd_expenditure, rd_intensity): a name and a section."""
    first, second = catalogue.indicators()[one], catalogue.indicators()[other]
    return one.split("_")[0] == other.split("_")[0] and first.section == second.section


def _names_a_period(part: str, default: Period) -> bool:
    """Whether a sentence's part names a period of its own at its head (全年…, 年末…, 今年…, 1-10月…)."""
    return part.startswith(_OWN_PERIOD_WORDS) or period_in(part[:12], default.year) is not None


_OWN_PERIOD_WORDS = ("全年", "年末", "年底", "今年", "当年", "本年", "年内")


def _anothers(clause: str, hit: tuple[str, int, int], sentence: str, at: int, new_list: bool, listing: bool) -> bool:
    """Whether the catalogue name opening the clause is another's figure, not the catalogue's. `sentence` and `at`:
    the sentence and where the clause starts in it; `new_list`: the clause is an item of a list of the year's new
    ones (see `_NEWLY`); `listing`: it lists the parts of the subject before it (其中…)."""
    indicator, start, end = hit
    if "协议" in clause and "contracted" not in indicator and (figure := _DIGIT.search(clause, end)) is not None \
            and "协议" in _PAREN.sub("", clause[end:figure.start()]):
        return True  # (境外投资中方协议投资额1.74亿美元: the amount agreed, not invested; not a note, (含技术协议))
    if clause[end:end + 1] in _AND and _COUNTED_TOGETHER.match(clause, end) is not None:
        return True
    if "." in clause and (figure := _DIGIT.search(clause, end)) is not None \
            and _GLUED_CELLS.match(clause, figure.start()) is not None:
        return True
    if new_list and "new" not in indicator and _NEW_COUNT.search(clause) is not None \
            and _STOCK_SAID.search(clause) is None:
        return True
    printed = clause[start:end]
    if indicator in _PASSENGERS and printed in _BARE_TRANSPORT and not _led_by(clause, _WHOLE_WORDS):
        lead = strip_lead(sentence[:at])[0]
        return listing and _CITY_TRANSIT.match(lead) is not None \
            or "人次" in clause and _CITY_TRANSIT_RUN.match(lead) is not None
    return indicator == "industry_value_added_all" and printed == "工业增加值" \
        and _GROWTH_ONLY.match(clause, end) is not None and not _led_by(clause, _WHOLE_WORDS) \
        and "全部工业" not in sentence[:at] and _ABOVE_SCALE.search(sentence, 0, at) is not None \
        and _ABOVE_SCALE_VALUE.search(sentence) is None


def _sub_subject(rest: str, current: tuple[str, str], share: bool = True) -> tuple[str, str, int, bool] | None:
    """A subject named relative to the one before: a part of it (城镇 of 常住人口), a sibling attribute
    (在校生 after …本专科招生), or another catalogue figure of the same entity with the entity left out
    (利润总额 after 规模以上工业企业营业收入, 支出 after 一般公共预算收入). Returns (indicator, name,
    length of the word in `rest`, whether it is a sibling rather than a part). `share`: whether the entity may
    be shared (not when `current` was named as a part: 其中人民币存款余额…，贷款余额… is not renminbi loans)."""
    if current[0] == "health_institutions" and rest[:1] in "床实拥共病" and (beds := _BEDS.match(rest)) \
            and _STATES_FIGURE.match(rest, beds.end()):
        return "hospital_beds", "卫生机构床位", beds.end(), True  # (年末共有卫生机构4985个，床位57848张)
    for part, words in _parts_of().get(current[0], ()):
        for word in words:
            if rest.startswith(word) and _PART_FOLLOW.match(rest[len(word):]):
                return part, word, len(word), False
    own = next((a for a in SIBLING_ATTRIBUTES if current[1].endswith(a)), None)
    if own is not None:
        for attr in SIBLING_ATTRIBUTES:
            if attr != own and rest.startswith(attr):
                name = current[1][: -len(own)] + attr
                hit = head_indicator(name + rest[len(attr):])
                if hit is not None and hit[2] == len(name):
                    return hit[0], name, len(attr), True
    name = current[1]
    for cut in _entity_cuts(name).get(rest[:2], ()) if share else ():  # the longest entity first
        if name[:cut] in SCOPES or name[cut:] not in ATTRIBUTES:
            continue  # 国内游客…，旅游总收入…: without its scope word a figure is the whole, not the scope's
        hit = head_indicator(name[:cut] + rest)
        if hit is not None and hit[1] == 0 and hit[2] >= cut + 2 and hit[0] != current[0] \
                and rest[: hit[2] - cut] in ATTRIBUTES and _STATES_FIGURE.match(rest, hit[2] - cut):
            return hit[0], name[:cut] + rest[: hit[2] - cut], hit[2] - cut, True
    return None


# the names a release gives a figure in the clauses right after naming it in full (技术合同成交金额5504.29亿元，合同金额
# 比上年增长14.6%: Hubei's and Xiangyang's communiqués). A list, not a rule: a shortened name is as often a part or
# another figure (外币存款余额 after 本外币存款余额, 技术交易额 after 技术合同交易额, 商品销售额 after 商品房屋销售额,
# 累计使用外资金额 after the year's)
_SHORT_NAMES = {"tech_contract_value": ("合同金额", "成交金额", "合同成交额", "成交额")}


def _shortened(clause: str, current: str) -> int:
    """The length of the short name (`_SHORT_NAMES`) of the subject `current` opening the clause, with no word before
    it (not 累计合同金额, 其中成交金额…), followed by its figure or change; or 0."""
    return next((len(short) for short in _SHORT_NAMES.get(current, ())
                 if clause.startswith(short) and _STATES_FIGURE.match(clause, len(short))), 0)


_BEDS = re.compile(r"(?:实有|拥有|共有)?(?:病床)?床位(?:数|总数)?")  # the health institutions' beds, named bare
# what an entity is measured by: a figure with the entity left out shares it only between two of these
# (规模以上工业企业营业收入…，利润总额…; not 高新技术企业…；产品出口…, whose head is a noun of its own)
ATTRIBUTES = frozenset(("营业收入", "主营业务收入", "利润总额", "利润", "收入", "支出", "产量", "总产量", "种植面积",
                        "播种面积", "出栏", "出栏量", "存栏", "存栏量", "销售面积", "销售额", "存款余额", "贷款余额",
                        "可支配收入", "消费支出", "生活消费支出", "人均可支配收入", "人均消费支出", "人均生活消费支出",
                        "营业额", "消费性支出", "人均消费性支出",
                        "完成营业额", "合同额", "新签合同额", "增加值", "总产值", "招生", "教育招生", "在校生",
                        "在校学生", "毕业生", "专利", "发明专利", "施工面积", "新开工面积", "竣工面积"))


# words that split a whole into parts (domestic and inbound, urban and rural): never an entity to share
SCOPES = frozenset(("国内", "国外", "入境", "出境", "国际", "境内", "境外", "城镇", "农村", "乡村", "城市", "全体",
                    "城乡", "出口", "进口", "内资", "外资", "国有", "民营", "私营", "个体"))
# what follows a sibling attribute: its figure, or how it changed (利润总额1947.3亿元, 利润总额增长240.3%; not
# 民营+企业数量, where the attribute is a longer word than the catalogue name it starts)
_STATES_FIGURE = re.compile(r"-?\d|为|达|比|同比|较|增长|下降|增加|减少|上涨|回落|提高|降低|持平|突破|超过|约|共")


def _yoy_said(clause: str) -> bool:
    """Whether a clause names a base a year earlier (同比, 比上年, 与去年同月相比)."""
    return YOY_BASE.search(clause) is not None or _YEAR_EARLIER.search(clause) is not None


def _yoy_base_ok(before: str, period: Period) -> bool:
    """Whether the text before a change names a base a year earlier (or none, which means that)."""
    if OTHER_BASE.search(before):
        return False
    if period.label not in _YEAR_ENDING and _YEAR_END_BASE.search(before):
        return False  # in a month's or quarter's release, since last year-end is year to date, not a year
    # 比2019年增长25.0%: a change over five years, not on a year earlier
    return all(not m.group(2) or int(m.group(2)) == period.year - 1 for m in YOY_BASE.finditer(before))


_WIDER = ("全国", "我国", "全球", "世界", "中部", "全世界", "国内")  # a whole wider than a province's
_INDEX_BASE = re.compile(r"\(([^()]{1,12})=100\)")  # (上年同月=100), (上月=100), (上年12月=100)
_YEAR_EARLIER_INDEX = frozenset(("上年同月", "上年同期", "上年", "去年同月", "去年同期", "去年"))


def _other_index_base(clause: str) -> bool:
    """Whether the clause names an index's base other than a year earlier (居民消费价格指数(上月=100)为100.1,
    (上年12月=100)): not the index the catalogue holds (上年同月=100)."""
    return "=100" in clause and any(m.group(1) not in _YEAR_EARLIER_INDEX for m in _INDEX_BASE.finditer(clause))


def _clause(rest: str, ind: str, name: str, clause: str, period: Period) -> list[Figure]:
    """The figures a clause states about `ind`; `rest` is the text after the subject."""
    if "累计" in clause and period.label and not period.cumulative:
        # (10月份，…累计增长6.3%, …增速累计回升至6.3%, …累计增速提升到6.3%: months to date, not the month's own)
        return []
    spec = catalogue.indicators()[ind]
    if m := OTHER_BASE.search(rest):
        rest = rest[: m.start()]  # what follows a base that is not a year earlier is not ours to read
    if (m := _A_YEAR.search(rest)) and not YOY_BASE.match(rest[max(0, m.start() - 1):]):
        rest = rest[: m.start()]  # another year's figure (由2023年的…) is not this period's
    if "的" in rest and "%" in rest:
        rest = _WHOLE_OF.sub("", rest)  # (为年初预算4437亿元的75.8%: the whole it is a share of, and the share)
    if name in rest and (m := _BASE_NAMED.search(rest)) is not None and rest.startswith(name, m.end()) \
            and rest[m.end() + len(name): m.end() + len(name) + 1].isdigit():
        rest = rest[: m.end()] + "的" + rest[m.end() + len(name):]  # (比上年末常住人口5838万人…: the base's figure)
    if "的" in rest and (m := _BASE_AMOUNT.search(rest)):
        # the base's own figure (比2012年的13567元增加6543元) and what is said of it; after 上年 or 去年 only the
        # figure (比上年的43210元增长5.7%: the change is on a year earlier)
        rest = _BASE_AMOUNT_YOY.sub(r"\1", rest, count=1) if m.group(1) else rest[: m.start()]
    if not spec.real_growth and (m := _REAL_GROWTH.search(rest)):
        rest = rest[: m.start()]  # real growth of a nominal series (扣除价格因素实际增长4.4%) is another measure
    elif spec.real_growth and "名义" in rest and (m := _NOMINAL.search(rest)):
        rest = rest[: m.start()]  # and nominal growth of a real one (GDP…，名义增长3.8%)
    if ("汇率" in rest or "折" in rest) and (m := _CONVERTED.search(rest)):
        rest = rest[: m.start()]  # 按2022年平均汇率计算为6096美元, 折合100亿美元: the same figure in another currency
    if rest.startswith(("比重", "的比重", "占比", "所占比重")):
        # 第一产业比重较上年持平, 第一产业比重为16.3%: the subject's share, never its growth
        m = _SHARE_IS.match(rest)
        return [Figure(ind, "share_pct", float(Decimal(m.group(1))), "pct", name)] \
            if m and "share_pct" in spec.measures else []
    share = "占" in rest
    results: list[Figure] = []
    if share:
        before, _, after = rest.partition("占")
        m2 = _PERCENT.search(after)
        if after.startswith(_WIDER):
            pass  # (占全国第一产业增加值的比重为6.3%, 占全国的1.4%: a share of the nation's, not of the province's own)
        elif m2 and "share_pct" in spec.measures and not _ENDS_IN_VERB.search(after[: m2.start()]):
            results.append(Figure(ind, "share_pct", float(Decimal(m2.group(1))), "pct", name))
        elif m2 and ind == "urban_population" and _OF_POPULATION.match(after) \
                and not _ENDS_IN_VERB.search(after[: m2.start()]):
            # 城镇常住人口…，占总人口比重为65.94%: the urbanisation rate (not 占全省城镇人口的…)
            results.append(Figure("urbanization_rate", "level", float(Decimal(m2.group(1))), "pct", name))
        rest = before  # a level or growth may precede 占
    rest_level = rest
    if m := _CHANGE.search(rest):
        verb, num, unit = m.groups()
        if verb in _OUTPUT_VERBS and spec.unit not in _OUTPUT_UNITS:
            pass  # 增产8.8% is an output's growth (not a price's a table glued before it named)
        elif _yoy_base_ok(rest[: m.start()], period):
            if unit == "倍" and "yoy_pct" in spec.measures:
                results.append(Figure(ind, "yoy_pct", float(Decimal(num) * 100) * _sign(verb), "pct", name))
            elif unit == "%" and "yoy_pct" in spec.measures:
                results.append(Figure(ind, "yoy_pct", float(Decimal(num)) * _sign(verb), "pct", name))
            elif unit == "个百分点" and spec.unit in ("pct", "permille") and "pp_change" in spec.measures:
                results.append(Figure(ind, "pp_change", float(Decimal(num)) * _sign(verb), "pct", name))
        rest_level = rest[: m.start()]
    elif g := _GROWTH_WORD.search(rest):
        if _yoy_base_ok(rest[: g.start()], period) and "yoy_pct" in spec.measures:
            sign = -1 if g.group("word") == "降幅" else 1
            results.append(Figure(ind, "yoy_pct", float(Decimal(g.group("num"))) * sign, "pct", name))
        rest_level = rest[: g.start()]
    elif flat := _FLAT.search(rest):
        # (not 增速与GDP增速持平, 与上半年持平: the same growth as another's, not none)
        same_as = _FLAT_WITH.search(rest, 0, flat.start())
        if _yoy_base_ok(rest[: flat.start()], period) and "yoy_pct" in spec.measures \
                and (same_as is None or _YEAR_EARLIER.fullmatch(same_as.group(1))):
            results.append(Figure(ind, "yoy_pct", 0.0, "pct", name))
        rest_level = ""
    elif _ABS_CHANGE.search(rest):
        rest_level = rest[: _ABS_CHANGE.search(rest).start()]  # type: ignore[union-attr]
    if "level" not in spec.measures:
        return results
    # a level: 60012.97亿元 / 66.35% (for rates) / 19.22亿美元
    m3 = _LEVEL.search(rest_level)
    if m3 and (_MILESTONE.search(rest_level[: m3.start()])
               or rest_level.startswith(("以上", "以下", "大关", "关口"), m3.end())):
        m3 = None  # a milestone passed (突破6万亿元) or a floor (稳定在1300亿斤以上), not the figure itself
    if spec.unit == "index" and not share and (m4 := _INDEX_IS.search(rest_level)) \
            and 50 <= float(m4.group(1)) <= 200 and not _other_index_base(clause):
        # 居民消费价格总指数为100.8%, 居民消费价格指数为100.8: an index on the year before (= 100)
        results.append(Figure(ind, "level", float(Decimal(m4.group(1))), "index", name))
    elif m3:
        num, unit = m3.groups()
        if unit in ("%", "‰"):
            canon = "pct" if unit == "%" else "permille"
            if spec.unit == canon and not share:
                results.append(Figure(ind, "level", float(Decimal(num)), canon, name))
        elif unit != "个百分点":
            value, canon = catalogue.canonical(num, unit)
            if catalogue.compatible(canon, spec.unit) and catalogue.counts(spec, unit) \
                    and (canon == spec.unit or spec.section in _EITHER_CURRENCY or {canon, spec.unit} != _CURRENCIES):
                results.append(Figure(ind, "level", value, canon, name))
    return results


# dollars for a yuan figure, or yuan for a dollar one, only where releases state either: trade, foreign investment,
# tourism (not 第三产业165.24万美元, foreign investment in the sector, as its value added)
_EITHER_CURRENCY = ("trade", "fdi", "tourism")
_CURRENCIES = {"CNY", "USD"}
_OF_POPULATION = re.compile(r"(?:全省|全市|全区|全州|全县|年末)?(?:常住)?总?人口")
_INDEX_IS = re.compile(r"^(?:\([^()]*\))?(?:为|是)(" + NUM + r")%?(?![\d.])")
_SHARE_END = re.compile(r"(?:比重|比例)$")
_CONVERTED = re.compile(r"按[^，,]{0,12}?汇率|折合|折算")
_SHARE_IS = re.compile(r"(?:所占|的)?(?:比重|占比)(?:为|是|达到|达)?(" + NUM + r")%")
_ADJUSTED_TO = re.compile(r"调整为|变为|变化为")


def _structure(clause: str, period: Period) -> list[Figure]:
    """`三次产业结构由2023年的8.9∶36.5∶54.6调整为9.1∶35.9∶55.0` (or 由上年的…, in a year's release): each ratio
    as three shares, the earlier one under its own year (a restatement is still what the source says of that
    year). In a quarter's or month's release 上年 may be the same period a year earlier: that ratio is left."""
    ratios = list(RATIO.finditer(clause))
    m = ratios[-1]
    if _ADJUSTED_TO.search(clause, m.end()):
        return []  # the ratio it changed from, the one it changed to unreadable (调整为16.3:42.041.7)
    earlier: tuple[int, re.Match[str]] | None = None
    if len(ratios) > 1:
        y = re.search(r"由(?:(\d{4})年|上年)(?:核实后|修订后)?的?$", clause[: ratios[-2].start()])
        if not re.search(r"调整为|变为|为", clause[ratios[-2].end(): m.start()]) or y is None:
            return []
        if y.group(1):
            earlier = (int(y.group(1)), ratios[-2])
        elif not period.label:
            earlier = (period.year - 1, ratios[-2])
    out: list[Figure] = []
    names = ("gdp_primary", "gdp_secondary", "gdp_tertiary")
    for at, match in ((None, m), *([earlier] if earlier else [])):
        values = [Decimal(v) for v in match.groups()]
        if abs(sum(values, Decimal(0)) - 100) > Decimal("0.3"):
            return []  # not percentages of a whole
        out += [Figure(i, "share_pct", float(v), "pct", "三次产业结构", at)
                for i, v in zip(names, values, strict=True)]
    return out


def _names(head: str) -> list[tuple[str, str]] | None:
    """Catalogue subjects of an enumeration (`出口、进口`), including ones that share a qualifier and a
    noun (`对前三大贸易伙伴东盟、欧盟、美国进出口额` = 对东盟进出口额, 对欧盟…, 对美国…); None if any is unknown."""
    names = [n for n in re.split(r"[、和与及]", head) if n]
    if not names:
        return None
    # 第一产业、第二产业、第三产业投资: the noun after the last name belongs to every name
    if len(names) > 1 and all(n in SECTORS for n in names[:-1]):
        last = next((s for s in SECTORS if names[-1].startswith(s)), None)
        if last is not None and names[-1] != last:
            names = [n + names[-1][len(last):] for n in names[:-1]] + [names[-1]]
    direct = [head_indicator(n) for n in names]
    if all(h is not None and h[2] >= len(n) - 3 for h, n in zip(direct, names, strict=True)):
        named = [(h[0], n[h[1]:h[2]]) for h, n in zip(direct, names, strict=True) if h is not None]
        # a bare per-head attribute after a group's (农村居民人均可支配收入、人均消费支出) is that group's, or none
        group = names[0][: names[0].find("人均")] if names[0].find("人均") > 0 else ""
        for i, n in enumerate(names[1:], 1):
            if group and n.startswith("人均"):
                own = head_indicator(group + n)
                named[i] = (own[0], group + n) if own is not None and own[1] == 0 else ("", n)
        return named
    lead = "对" if names[0].startswith("对") else ""
    first, last = names[0], names[-1]
    for cut in range(1, len(last)):
        core_last, noun = last[:cut], last[cut:]
        # a qualifier before the first name is left off only for trading partners (对前三大贸易伙伴东盟…): elsewhere
        # it narrows every name (居民基本养老、基本医疗保险参保人数 are the residents' schemes, not all insured)
        for k in range(1, min(len(first), 8) + 1) if lead else (len(first),):
            cores = [first[-k:], *names[1:-1], core_last]
            built = [lead + c + noun for c in cores]
            found: list[tuple[str, str]] = []
            for b in built:  # the first name that is not a whole subject ends this split
                if (h := head_indicator(b)) is None or h[2] != len(b):
                    break
                found.append((h[0], b))
            else:
                return found
    if not lead and head_indicator(first) is None and any(
            _DISTINCT_AREA.search(first, 0, k) and (h := head_indicator(first[k:])) is not None and h[1] == 0
            and h[2] == len(first) - k for k in range(2, min(len(first) - 1, 8))):
        return None  # (县域第一产业增加值、第二产业增加值…: the area's every one, its word said once)
    return _names_by_noun(names) if len(names) > 1 and not lead else None


_TRAILING_BASE = re.compile(r"(?:同比|比上年|比去年|较上年)$")


def _names_by_noun(names: list[str]) -> list[tuple[str, str]] | None:
    """A list the catalogue holds only some names of, sharing the last name's noun (战略性新兴产业、高新技术产业、装备
    制造业增加值; 平板电脑、新能源汽车、光电子器件产品产量): the names it holds, by place (an unknown one's id is
    empty); None unless a noun of two or more characters makes some names whole subjects. (A name with 和 in it,
    批发和零售业, splits in two: the names then outnumber the figures, and nothing is paired.)"""
    best: list[tuple[str, str]] | None = None
    last = _TRAILING_BASE.sub("", names[-1])  # (…增加值同比: the base is no part of the noun; nor is 同比 one)
    for cut in range(1, len(last) - 1):
        noun = last[cut:]
        built = [n + noun for n in names[:-1]] + [last]
        found = [(h[0], b) if (h := head_indicator(b)) is not None and h[1] == 0 and h[2] == len(b)
                 else ("", b) for b in built]  # (whole names only: not 民营企业+数量, 利润总额; 猪肉+价格)
        if sum(1 for ind, _ in found if ind) > sum(1 for ind, _ in best or () if ind):
            best = found
    # a qualifier before the first name narrows every name (居民基本养老、基本医疗保险参保人数: the residents' schemes,
    # not all insured): the first name holds a later known name's opening words after other words
    if best is not None and any(names[0].find(names[i][:2]) > 0 for i, (ind, _) in enumerate(best) if ind and i):
        return None
    return best


# what the sectors named bare state of their value added after 分别: its growth, its amount, its share
_SECTORS_OWN = re.compile(r"(?:(?:比|较)(?:上年|去年)(?:同期)?|同比|按(?:可比|不变)价格?计算[，,]?)?"
                          r"(?:增长|下降|回落|提高|为|是|达|占|(?:实现|完成)?(?:增加值|-?\d)|增速|增幅|-?\d)")


def _respectively(clause: str, period: Period,
                  group: list[tuple[str, str]] | None) -> tuple[list[Figure], list[tuple[str, str]] | None]:
    """`出口、进口分别增长5.2%、3.7%`: pair names and values in order, or nothing. A clause without names
    (`增速分别为38.7%、-1.7%`) pairs with the names of the enumeration before it in the sentence."""
    head, _, tail = clause.partition("分别")
    growth_named = bool(re.search(r"(增速|增幅|增长率|涨幅)$", head))
    head = re.sub(r"(增速|增幅|增长率|涨幅)$", "", head)
    head, _ = strip_lead(head)
    # 第一产业、第二产业、第三产业增加值占生产总值的比重分别为14.7%、29%、56.3%: the names' shares
    share_named = "占" in head and _SHARE_END.search(head) is not None
    if share_named:
        head = head[: head.index("占")]
    if head in ("三次产业增加值", "三次产业"):
        inds: list[tuple[str, str]] | None = [(i, s + "增加值") for i, s in zip(GDP_SECTORS, SECTORS, strict=True)]
    else:
        inds = _names(head) if head and head not in ("同比", "比上年") else group
    if inds is None:
        return [], None  # a name not in the catalogue: values cannot be paired
    first_number = re.search(NUM + UNIT_RE, tail)
    if first_number and _MILESTONE.search(tail[: first_number.start()]):
        return [], inds  # 分别超1401亿元、688亿元: marks passed, not the figures
    if OTHER_BASE.search(tail) or not _yoy_base_ok(head, period) \
            or not _yoy_base_ok(tail[: first_number.start()] if first_number else tail, period):
        return [], inds  # 分别比2019年增长…: not on a year earlier
    if all(ind in GDP_SECTORS and not name.endswith("增加值") for ind, name in inds) \
            and not _SECTORS_OWN.match(tail):
        # (第一、二、三次产业分别完成投资…, …分别实现税收…, …分别新增贷款…: the sectors' investment, taxes or loans,
        # not their value added)
        return [], inds
    tokens = re.findall(r"(" + _VERB + r"|为|是|达)?(" + NUM + r")" + UNIT_RE, tail)
    if len(tokens) != len(inds) or not tokens:
        return [], inds
    out = []
    verb = "增长" if growth_named else ""
    for (ind, name), (v, num, unit) in zip(inds, tokens, strict=True):
        verb = verb if growth_named else (v or verb)
        if not ind:
            continue  # a name the catalogue does not hold: its figure is not ours
        spec = catalogue.indicators()[ind]
        if share_named:
            if unit != "%" or "share_pct" not in spec.measures:
                return [], inds
            out.append(Figure(ind, "share_pct", float(Decimal(num)), "pct", name))
        elif unit == "%" and verb in UP + DOWN + ("增长",) and verb not in ("为", "是", "达"):
            if "yoy_pct" not in spec.measures:
                return [], inds
            out.append(Figure(ind, "yoy_pct", float(Decimal(num)) * _sign(verb), "pct", name))
        elif unit == "%" and spec.unit == "pct":
            out.append(Figure(ind, "level", float(Decimal(num)), "pct", name))
        elif unit not in ("%", "‰", "个百分点") and verb not in UP + DOWN:
            value, canon = catalogue.canonical(num, unit)
            if not catalogue.compatible(canon, spec.unit) or not catalogue.counts(spec, unit):
                return [], inds
            out.append(Figure(ind, "level", value, canon, name))
        else:
            return [], inds
    return out, inds


# -- plausibility: a release's figures checked against each other --------------------------------

def _rel_gap(a: float, b: float) -> float:
    return abs(a - b) / abs(b) * 100 if b else float("inf")


def check(obs: list[Observation]) -> tuple[list[Observation], list[tuple[Observation, str]]]:
    """Split a release's figures into those that agree with each other and those that do not."""
    by = {(o.indicator, o.measure, o.period, o.cumulative): o for o in obs}
    bad: dict[int, str] = {}

    def flag(keys: list[tuple[str, str, str, bool]], reason: str) -> None:
        for k in keys:
            if k in by:
                bad.setdefault(id(by[k]), reason)

    for o in obs:
        section = catalogue.indicators()[o.indicator].section
        lo, hi = HEADLINE_GROWTH.get(o.indicator) or HEADLINE_GROWTH.get(section, (-100, 5000))
        if o.measure == "yoy_pct" and o.value is not None and not lo <= o.value <= hi:
            flag([(o.indicator, o.measure, o.period, o.cumulative)], f"growth {o.value}% outside [{lo}, {hi}]")
        if o.measure == "share_pct" and o.value is not None and not 0 <= o.value <= 100:
            flag([(o.indicator, o.measure, o.period, o.cumulative)], f"share {o.value}% outside [0, 100]")
    for (ind, measure, period, cum), o in by.items():
        whole_of = catalogue.indicators()[ind].part_of
        if whole_of is not None and measure == "level" and o.value is not None \
                and (whole := by.get((whole_of[0], "level", period, cum))) is not None and whole.value is not None \
                and o.value > whole.value and o.unit == whole.unit:
            # (财政总收入…，其中：一般公共财政预算收入18.6亿元…；税收收入23.3亿元: the tax of the wider total)
            flag([(ind, "level", period, cum), (ind, "yoy_pct", period, cum)],
                 f"{ind} {o.value:.6g} is more than {whole.indicator} {whole.value:.6g}, the whole it is part of")
    for (ind, measure, period, cum), o in by.items():
        if ind != "gdp" or measure != "level" or o.value is None:
            continue
        parts = [by.get((p, "level", period, cum)) for p in ("gdp_primary", "gdp_secondary", "gdp_tertiary")]
        pop = by.get(("population_resident", "level", period, cum))
        pc = by.get(("gdp_per_capita", "level", period, cum))
        shares = [by.get((p, "share_pct", period, cum)) for p in ("gdp_primary", "gdp_secondary", "gdp_tertiary")]
        if all(p is not None and p.value is not None for p in parts):
            total = sum(p.value for p in parts if p is not None and p.value is not None)
            if _rel_gap(total, o.value) > 0.5:
                why = f"sectors sum to {total:.6g}, GDP stated {o.value:.6g} (more than 0.5% apart)"
                if pop is not None and pc is not None and pop.value and pc.value \
                        and _rel_gap(total / pop.value, pc.value) <= 5:
                    # the sectors and GDP per resident agree with each other: the total alone is misread
                    flag([("gdp", "level", period, cum)], why + "; the sectors agree with GDP per resident")
                    continue
                if total and all(p is not None and p.value is not None and sh is not None and sh.value is not None
                                 and abs(p.value / total * 100 - sh.value) <= 1.0
                                 for p, sh in zip(parts, shares, strict=True)):
                    # …or with the stated structure (全年地区生产总值253231.0亿元: a footnote digit glued on)
                    flag([("gdp", "level", period, cum)], why + "; the sectors agree with the stated structure")
                    continue
                flag([(k, "level", period, cum) for k in ("gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary")],
                     why)
        for p, sh in zip(parts, shares, strict=True):
            if p is not None and p.value is not None and sh is not None and sh.value is not None \
                    and abs(p.value / o.value * 100 - sh.value) > 1.0:
                flag([("gdp", "level", period, cum), (p.indicator, "level", period, cum),
                      (p.indicator, "share_pct", period, cum)],
                     f"{p.indicator} is {p.value / o.value * 100:.1f}% of GDP by the levels, {sh.value}% stated")
        if pop is not None and pc is not None and pop.value and pc.value:
            implied = o.value / pop.value
            if _rel_gap(implied, pc.value) > 5:
                flag([("gdp", "level", period, cum), ("gdp_per_capita", "level", period, cum)],
                     f"GDP ÷ population = {implied:.0f} per resident, {pc.value:.0f} stated (more than 5% apart)")
    for (ind, measure, period, cum), o in by.items():
        # a level the release also states for a year earlier must agree with the stated growth
        earlier = f"{int(period[:4]) - 1}{period[4:]}"
        prior, growth = by.get((ind, "level", earlier, cum)), by.get((ind, "yoy_pct", period, cum))
        if measure == "level" and o.value is not None and prior is not None and prior.value and growth is not None \
                and growth.value is not None and not catalogue.indicators()[ind].real_growth \
                and prior.unit == o.unit and abs((o.value / prior.value - 1) * 100 - growth.value) > GROWTH_TOLERANCE:
            flag([(ind, "level", period, cum)],
                 f"{earlier} level {prior.value:.6g} and growth {growth.value}% give "
                 f"{prior.value * (1 + growth.value / 100):.6g}, stated {o.value:.6g}")
    for (ind, measure, period, cum), o in by.items():
        if ind != "trade_total" or measure != "level" or o.value is None:
            continue
        ex, im = by.get(("exports", "level", period, cum)), by.get(("imports", "level", period, cum))
        if ex is not None and im is not None and ex.value is not None and im.value is not None and ex.unit == o.unit \
                and im.unit == o.unit and _rel_gap(ex.value + im.value, o.value) > 0.5:
            flag([("trade_total", "level", period, cum), ("exports", "level", period, cum),
                  ("imports", "level", period, cum)],
                 f"exports + imports = {ex.value + im.value:.6g}, total stated {o.value:.6g}")
    kept = [o for o in obs if id(o) not in bad]
    return kept, [(o, bad[id(o)]) for o in obs if id(o) in bad]


# -- page identity: whose figures a page states ------------------------------------------------------

_AREA_KINDS = "州县区盟旗"


def _whole_kind(place: str, full_names: set[str]) -> str | None:
    """The kind of area a release speaks for when LEAD does not know its 全X (州 for 昌吉州's, 区 for 广西's)."""
    kind = re.sub(r"\(.*?\)", "", place)[-1:]  # (广州南沙新区(自贸片区): 区)
    if kind and kind in _AREA_KINDS:
        return kind
    if any(n.endswith("自治区") for n in full_names) and not any(k in place for k in _AREA_KINDS + "市"):
        return "区"  # an autonomous region's own release, by its short name or none (2024年广西…, 关于2024年…)
    return None


# 全州, 全区 at a clause's head (after its period words), and 自治州 (自治县) in an autonomous prefecture's (county's)
# own release (自治州地区生产总值575.15亿元; not 自治区 in a district's): group 2 is the kind of area
_WHOLE_LEAD = re.compile(r"(?:^|(?<=[，,。；;:：]))"
                         r"((?:\d{4}年(?:末|底)?|全年|本年|年末|年底|当年|(?:据|经)?初步(?:核算|测算))*)(?:全|自治(?=[州县]))([州县区盟旗])")


_SURVEY_TEAM = re.compile(r"国家统计局([\u4e00-\u9fa5]{2,8}?)调查(?:总)?队")


def _place_of(title: str) -> str:
    """The place a title speaks for: its words before the year, period or kind of release; in a headline's first
    part that names a place (规模工业增加值增长9.9%，一季度衡阳市工业开局平稳: 衡阳市)."""
    t = normalise(title)
    if "调查" in t:
        t = _SURVEY_TEAM.sub(r"\1", t)  # (国家统计局湖南调查总队发布…: Hunan; 长沙调查队: Changsha)
    t = re.sub(r"\d{4}年(?:度)?|[1１]?[-—~～至]?\d{1,2}月份?|上半年|前三季度|[一二三四]季度|全年", "", t)
    places = [m.group(1) if (m := _PLACE_WORDS.match(part)) else part for part in _TITLE_PARTS.split(t)]
    named = [p for p in places if _names_a_place(p)]
    # (排名湖北省第一！襄阳…, 领跑全省，宜昌…: the province a rank is in is no place the page speaks for)
    return next((p for p in named if not _RANKED.search(p)), named[0] if named else places[0])


_PLACE_WORDS = re.compile(r"^(.*?)(?:国民经济|经济运行|统计公报|经济社会|主要经济|统计|经济|人口|农业|工业|居民|"
                          r"国内生产|地区生产|规模以上|社会消费|固定资产|$)")
_RANKED = re.compile(r"第[一二三四五六七八九十\d]|首位|前列|居首|榜首|领跑|领先|排名|排位|夺冠|冠军|"
                     r"高于|超过|快于|平均")
_TITLE_PARTS = re.compile(r"(?<=[^\d])[,，;；!！?？](?=[^\d])")  # (not 1,234: a number's comma)


def _names_a_place(words: str) -> bool:
    """Whether a title's words name a province, a city, county or district, or a scope (全省)."""
    return _TITLE_NAMES.search(words) is not None or any(w in words for w in (*SCOPE_WORDS, *MUNICIPALITY_SCOPE)) \
        or _CITY_OR_COUNTY.search(words.strip("《》“”\"() ")) is not None or _any_city().search(words) is not None


_CITY_OR_COUNTY = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:市|县|州)$")  # (not 统筹城乡, 聚焦园区: slogans end so too)


SCOPE_WORDS = ("全省", "我省")


def _title_pattern() -> re.Pattern[str]:
    """Every registered province as a title names it: full name, or short name (省 optional; 北京市 is the
    municipality itself; 吉林市 is a city of 吉林省, but 湖北市场 is still Hubei's market)."""
    alternatives = []
    for k, p in enumerate(provinces.provinces()):
        tail = "市?" if p.full_zh.endswith("市") else "省?(?!市(?!场))"
        alternatives.append((p.full_zh, f"(?P<p{k}>{re.escape(p.full_zh)}|{re.escape(p.zh)}{tail})"))
    return re.compile("|".join(a for _, a in sorted(alternatives, key=lambda x: len(x[0]), reverse=True)))


_TITLE_NAMES = _title_pattern()
# an issuer: the province's full name (湖北省, 北京市, 内蒙古自治区) or its short name (国家统计局湖北调查总队),
# right before the organ: 吉林市统计局 is a city's
_ISSUER_PROVINCE = re.compile(
    "(" + "|".join(map(re.escape, sorted({n for p in provinces.provinces() for n in (p.full_zh, p.zh)}, key=len,
                                         reverse=True))) + ")(?:统计局|人民政府|政府|发展和改革委员会|调查总队)")
_TITLE_CODE = {f"p{k}": p.code for k, p in enumerate(provinces.provinces())}


@cache
def _bureau_hosts() -> dict[str, str]:
    """The statistics bureau hosts of the covered provinces (from their settings' release lists)."""
    from extractors.crawl import province_settings

    out = {}
    for p in provinces.covered():
        cfg = province_settings(p.code)
        for spec in (*cfg.COMMUNIQUE_LISTS, *cfg.MONTHLY_LISTS):
            out[str(urlsplit(spec.url).hostname)] = p.code
    return out


MUNICIPALITY_SCOPE = ("全市", "本市", "我市")
REGION_SCOPE = ("全区", "本区", "我区")


def _scope_words(code: str) -> tuple[str, ...]:
    """How a municipality's or an autonomous region's own releases say "the whole province"."""
    full = provinces.get(code).full_zh
    if full.endswith("市"):
        return MUNICIPALITY_SCOPE
    return REGION_SCOPE if full.endswith("自治区") else ()


def title_decides(title: str) -> bool:
    """Whether `identify_region` answers the same for this title whatever the issuer: the title names a
    province, or it names another region or a city, county or district in words no issuer's scope words
    (全市, 全区…) take away."""
    place = _place_of(title)
    if _TITLE_NAMES.search(place):
        return True
    bare = place
    for word in SCOPE_WORDS:
        bare = bare.replace(word, "")
    if any(word in bare for word in (*MUNICIPALITY_SCOPE, *REGION_SCOPE)):
        return False  # an issuer's own scope words would be taken out of the place first
    return _refusal(place, bare) is not None or _any_city().search(bare.strip("《》“”\"() ")) is not None


_NO_PLACE = re.compile(r"城乡|地区|社区|园区|景区|城区|片区|苏区|老区|山区|湾区|辖区|市场")  # (words, not places)


def _refusal(place: str, bare: str) -> str | None:
    """Why a title's place is not a province's own: another region, or a city, county or district in what
    is left (`bare`) once the province names and scope words are out; None when it may be."""
    bare = _NO_PLACE.sub("", bare.strip("《》“”\"() "))
    if any(p in place for p in OTHER_PROVINCES):
        return f"release of another region ({place})"
    if bare and SUB_PROVINCIAL.search(bare):
        return f"sub-provincial release ({place}): its figures are not the province's"
    return None


@cache
def _any_city() -> re.Pattern[str]:
    """A city of a province the registry lists cities for, as a title names it without 市 (4月郑州CPI…)."""
    names = sorted({c for p in provinces.provinces() for c in p.cities}, key=len, reverse=True)
    # (not the organ that reports on the province: 武汉海关：前11个月湖北外贸…, 国家统计局长沙调查队)
    return re.compile("(?:" + "|".join(names) + r")(?:市|州)?(?!海关|调查|统计|中心支行|发布|关区)"
                      if names else "(?!)")


# a city's, county's or district's whole, as its own text names it (not 全市场, 全区域)
_LOCAL_WHOLE = re.compile(r"[全本我](?:市(?!场)|县|区(?!域))")


def _local_text(title: str, text: str, region: str) -> str | None:
    """Why a page whose title names no place (一季度主要经济指标企稳回升, taken as the province's for the bureau's
    site it is on) is a city's, county's or district's: its text names that whole (全县, 我市) more often than the
    province (全省, 我省, 湖北), at least twice. None when the title names a place or the text is the province's."""
    if _TITLE_NAMES.search(title) or any(w in title for w in (*SCOPE_WORDS, *_scope_words(region))):
        return None
    own = (*SCOPE_WORDS, "本省", *_scope_words(region))
    local = [w for w in _LOCAL_WHOLE.findall(text) if w not in own]
    # (the province's own name speaks for it as 全省 does: 一季度湖北地区生产总值…)
    ours = sum(text.count(w) for w in (*own, *((provinces.get(region).zh,) if region in PROVINCES.values() else ())))
    if len(local) >= 2 and len(local) > ours:
        return (f"sub-provincial release: its text names {local[0]} as its whole {len(local)} times, the "
                f"province {ours} (the title names no place)")
    return None


class UnidentifiedRegion(ParseError):
    """Neither title nor issuer tells whose figures a page states (not a refusal on what they do say)."""


def identify_region(title: str, issuer: str | None, province: str | None, host: str | None = None) -> str:
    """The province whose figures a release states, or ParseError with the reason it is not one of ours.

    A release is provincial only when its title names the province, or (for titles like 全省经济运行情况)
    its issuer is the province's own bureau; a city, county or district release is refused.
    """
    place = _place_of(title)
    # leftmost, longest names first: 河北京津冀 is Hebei's, 湖北京山市 a city of Hubei
    named = list({(code := _TITLE_CODE[m.lastgroup or ""]): (m.group(0), code)
                  for m in _TITLE_NAMES.finditer(place)}.values())
    bare = _TITLE_NAMES.sub("", place)
    scope = (*SCOPE_WORDS, *(w for _, c in named[:1] for w in _scope_words(c)))
    if not named and issuer:
        scope += tuple(w for p in provinces.provinces() if p.full_zh in normalise(issuer) for w in _scope_words(p.code))
    for word in scope:
        bare = bare.replace(word, "")
    if why := _refusal(place, bare):
        raise ParseError(why)
    if (city := _any_city().search(bare.strip("《》“”\"() "))) is not None:
        raise ParseError(f"sub-provincial release ({place}): {city.group(0)} is a city, its figures not the province's")
    if len(named) > 1:
        raise ParseError(f"title names several provinces ({place})")
    if named:
        region = named[0][1]
    else:
        iss = normalise(issuer or "")
        site = _bureau_hosts().get(host or "")
        if not iss and site:
            # a 全省 release on the provincial bureau's own site: the site is the issuer
            iss = provinces.get(site).full_zh + "统计局"
        m = _ISSUER_PROVINCE.search(iss)
        city = re.search(r"[\u4e00-\u9fa5]{1,8}?(?:市|县|区|州)(?:统计局|人民政府|调查队)", iss)
        if city and not m:
            raise ParseError(f"issued by {issuer}: a sub-provincial release")
        if m is None:
            raise UnidentifiedRegion(f"cannot tell whose figures these are: the title ({title!r}) names no province "
                             f"and the issuer ({issuer or 'none'}) is not a provincial bureau")
        p = provinces.by_name(m.group(1))
        assert p is not None
        region = p.code
    if province is not None and region != province:
        raise ParseError(f"release of {region}, found under {province} (another region)")
    return region


def looks_like_html(body: bytes) -> bool:
    head = body.lstrip()[:512].lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml")) or b"<body" in head or b"<meta" in head \
        or b"<div" in head or b"<p>" in head


def parse_release(body: bytes, content_type: str | None = None, province: str | None = None,
                  stats: ReleaseStats | None = None, url: str | None = None) -> list[Observation]:
    """Parse a bureau page (HTML in any encoding) or plain text into observations.

    Figures that fail the release's own consistency checks are left out and listed in
    `stats.rejected` with their reason. Whose figures a page states is settled from its title (and
    issuer, when the title leaves it open) before its body is read: a page shown to be another
    region's is refused without reading the rest.
    """
    page = PageHead(body, content_type)
    host = urlsplit(url).hostname if url else None
    if title_decides(page.title):
        region = identify_region(page.title, None, province, host)
    else:
        try:
            region = identify_region(page.title, page.issuer, province, host)
        except UnidentifiedRegion:
            page.rest()  # a page with no body at all (a block page, a list) says that first
            raise
    published, text = page.rest()
    if why := _local_text(page.title, text, region):
        raise ParseError(why)
    stats = stats if stats is not None else ReleaseStats()
    obs = extract(text, region, page.title, published, stats, page.tables())
    if not obs and not stats.rejected:
        # a page that yields nothing is a layout or wording this parser does not know: say so
        raise ParseError("no figure the catalogue knows in this release")
    return obs


def read_page(body: bytes, content_type: str | None = None) \
        -> tuple[str, str | None, date | None, str, tuple[Table, ...]]:
    """A bureau page's title, issuer, publication date, body text and tables (HTML in any encoding, or text)."""
    page = PageHead(body, content_type)
    published, text = page.rest()
    return page.title, page.issuer, published, text, page.tables()


_FOOTNOTE_MARK = re.compile(r"\s*[\[［(（【]?\s*(?:\d{1,3}|[①-⑳*※＊a-zA-Z])?\s*[\]］)）】]?\s*")


class PageHead:
    """A bureau page read as far as its title; its labelled fields (issuer, dates) and body on demand."""

    def __init__(self, body: bytes, content_type: str | None) -> None:
        from extractors.cn_text import clean_space, decode_html
        from extractors.portal import meta, remove, text_of, tree_of

        self.root: Any = None  # the page's tree (HTML), or None for plain text
        self._blanks_read = False
        self.text = ""  # a plain-text page's text
        if not looks_like_html(body):
            self.text = decode_html(body, content_type or "text/plain")
            lines = [ln.strip() for ln in self.text.splitlines() if ln.strip()]
            self.title = lines[0] if lines and len(lines[0]) < 80 and not lines[0].endswith("。") else ""
            return
        # blank strings are read only when the page is read past its title (`tree`): a title's text
        # reads the same either way (its spaces collapse)
        root = self.root = tree_of(body, content_type, blanks=False)
        for el in list(root.iter("script", "style", "sup")):
            if el.tag != "sup" or _FOOTNOTE_MARK.fullmatch(text_of(el, "")):
                remove(el)  # a <sup>'s footnote mark would glue onto the numbers (not a byline a page sets in one)
        headings = list(root.iter("h1", "h2"))
        heading = next((h for h in headings if re.search("title", str(h.get("class") or ""), re.I)),
                       headings[0] if headings else None)
        page_title = root.find(".//title")
        self.title = meta(root, "ArticleTitle") or (clean_space(text_of(heading)) if heading is not None else "") \
            or (clean_space(text_of(page_title)).split("_")[0] if page_title is not None else "")

    def tree(self) -> Any:
        """The page's tree with its blank strings read (see `portal.read_blanks`)."""
        from extractors.portal import read_blanks

        if not self._blanks_read:
            read_blanks(self.root)
            self._blanks_read = True
        return self.root

    @cached_property
    def fields(self) -> dict[str, str]:
        from extractors.portal import labelled_fields

        return labelled_fields(self.tree()) if self.root is not None else {}

    @cached_property
    def issuer(self) -> str | None:
        from extractors.portal import meta

        if self.root is None:
            return None
        # (as the page names it, 本站发布 or 宜昌日报 too: the region check reads it and refuses what it cannot place,
        # rather than fall back to the site the page was found on)
        return self.fields.get("issuer") or self.fields.get("publisher") or meta(self.root, "ContentSource") \
            or self.fields.get("source_label")

    def tables(self) -> tuple[Table, ...]:
        """The page's data tables (none in plain text)."""
        return tables_in(self.tree()) if self.root is not None else ()

    def rest(self) -> tuple[date | None, str]:
        """The publication date and the body text."""
        from extractors.portal import PortalSettings, body_text, published_of

        if self.root is None:
            return None, self.text
        published = published_of(self.fields, self.tree())  # never a page-regeneration stamp
        settings = PortalSettings("", body_selectors=(".view", ".TRS_UEDITOR", "#article-box", ".detail-body",
                                                      ".article-box"))
        # (a table's rows are no sentences: 社会消费品零售总额 | 2100.3亿元 | 9876.5亿元 under 5月 | 1-5月 read wrong)
        text = body_text(self.tree(), settings, self.title, rows=False)
        if not text:
            raise ParseError("no body text found")
        return published, text
