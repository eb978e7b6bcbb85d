

def test_the_agent_marked_by_you_answers_who_over_chinese():
    from reportbot.index.answering.slot_en import agent_by

    groups = [{"夜校": 1.0}, {"课程": 0.5}, {"安排": 0.4}]
    s = "暑期课程安排另行通知；夜校课程由社区学院负责安排，报名费全免。"
    got = agent_by(s, groups)
    assert got is not None and got.text == "社区学院"
    assert agent_by("由于天气原因，夜校课程暂停。", groups) is None  # 由于 gives a reason, no one does it
