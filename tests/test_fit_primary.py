"""tools/fit_primary.py: when no even prior keeps a library set within its tolerance, the shipped one is kept
(the fit used to stop with an empty choice); made-up hits, no index."""
from __future__ import annotations

from types import SimpleNamespace

from tests.tools_module import load_tool


def test_even_prior_kept_when_every_point_costs_a_library_set(monkeypatch):
    from reportbot.index.retrieval.tuning import DEFAULT

    fit = load_tool("fit_primary")
    th = fit.th
    written = {}
    monkeypatch.setattr(th, "folders_for", lambda p: [th.LIBRARY])
    monkeypatch.setattr(th, "part", lambda folders, root, paths: SimpleNamespace(
        corpus="seed+library", sets={p.name: [{}] * 20 for p in paths}))
    # any prior at all costs the made-up library set 2 of its 20 questions, and gains the seed set 5
    monkeypatch.setattr(th, "hits", lambda parts, tuning, keep=None: {
        "seed_tune.jsonl": 10 + 5 * (tuning.primary_prior > 0),
        "library_tune2.jsonl": 20 - 2 * (tuning.primary_prior > 0)})
    monkeypatch.setattr(th, "provenance", lambda parts: {"fitted_on": []})
    monkeypatch.setattr(th, "write", lambda out, record, dry_run: written.update(record))
    fit.main(["--seed", "made_up/seed_tune.jsonl", "--library", "made_up/library_tune2.jsonl", "--near", "--dry-run"])
    assert written["primary_prior"] == DEFAULT.primary_prior
    assert written["primary_prior_even"] == DEFAULT.primary_prior_even
    assert written["even"]["adopted"] is False


def test_the_guard_is_judged_against_no_prior_at_all_and_names_what_the_shipped_pair_costs(monkeypatch, capsys):

    fit = load_tool("fit_primary")
    th = fit.th
    written = {}
    monkeypatch.setattr(th, "folders_for", lambda p: [th.LIBRARY])
    monkeypatch.setattr(th, "part", lambda folders, root, paths: SimpleNamespace(
        corpus="seed+library", sets={p.name: [{}] * (100 if "library" in p.name else 20) for p in paths}))
    # the named prior pulls 2 of 100 library questions to the report, the even prior 1 more: the shipped pair costs
    # 3 (over the 2.5 allowed) against no prior, though only 2 against the pair's (0, 0) with the even prior on
    monkeypatch.setattr(th, "hits", lambda parts, tuning, keep=None: {
        "seed_tune.jsonl": 10 + 5 * (tuning.primary_prior > 0),
        "library_tune2.jsonl": 100 - 2 * (tuning.primary_prior_named > 0) - (tuning.primary_prior_even > 0)})
    monkeypatch.setattr(th, "provenance", lambda parts: {"fitted_on": []})
    monkeypatch.setattr(th, "write", lambda out, record, dry_run: written.update(record))
    fit.main(["--seed", "made_up/seed_tune.jsonl", "--library", "made_up/library_tune2.jsonl", "--dry-run"])
    assert written["without"]["library_tune2.jsonl"] == 100
    assert written["guard"]["shipped_costs"] == {"library_tune2.jsonl": 3}
    assert "fails the guard: it costs library_tune2.jsonl 3 of 100 hits" in capsys.readouterr().out
    # a guarded pair (no named prior) beats the shipped one in sample and held out: the fit takes it
    assert written["primary_prior_named"] == 0.0 and written["prior"]["adopted"] is True
    assert written["guard"]["chosen_costs"] == {}


def test_fitting_the_priors_again_keeps_the_coverage_share_beside_them(tmp_path, monkeypatch):
    import json

    fit = load_tool("fit_primary")
    out = tmp_path / "primary.json"
    out.write_text(json.dumps({"primary_prior": 0.2, "primary_coverage_share": 0.5,
                               "coverage_share": {"value": [0.5]}}))
    monkeypatch.setattr(fit, "OUT", out)
    assert fit.share_kept() == {"primary_coverage_share": 0.5, "coverage_share": {"value": [0.5]}}
