"""The words a Chinese organisation's name ends in, by the kind of body it names (义工队, 事务所, 红十字会, 应急管理局,
培训中心, 有限公司): one list, read at the end of a whole answer (:mod:`.shape`: a long answer that ends so is a name)
and at the end of one tagged word (:mod:`.org_extent`: where a run of nouns widened into a name stops). 长 and 员 end
a role or a person, never these. A class of word endings, not names."""
from __future__ import annotations

import re

# the kinds whose word is one character or ends the same wherever it stands (队, 会, 局, 中心, 集团)
_KINDS = "队|会|所|社|局|院|站|处|厅|团|馆|中心|集团"
# at the end of a whole text the other kinds are written whole (公司, 支部, 学校, 办公室, 领导小组, 大学): their last
# character alone closes common words too (全部, 内部, 小组)
ORG_END = re.compile(rf"(?:{_KINDS}|公司|支部|学校|办公室|领导小组|大学)$")
# at the end of one word of the tagger, a kind's last character is enough (宣传部, 卫健委, 应急办, 有限公司, 工作组,
# 办公室, 实验学校)
WORD_KIND_END = re.compile(rf"(?:{_KINDS}|部|委|办|司|校|组|室)$")
