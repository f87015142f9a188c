using PartyBot.Core.Storage;
using PartyBot.Core.Surveys;

namespace PartyBot.Core.Tests.Surveys;

public sealed class SurveyVotingTests
{
    [Fact]
    public async Task Vote_SummonedMember_RecordedAsOneRowUnderTheReceipt()
    {
        var harness = await SurveyHarness.CreateAsync();
        var voter = harness.Members[0];

        var outcome = await harness.VoteAsync(voter, SurveyHarness.Vote(4, "Nên chuẩn bị tài liệu sớm hơn."));

        Assert.Equal(VoteStatus.Recorded, outcome.Status);
        var row = Assert.Single(await harness.BallotRowsAsync());
        Assert.Equal(harness.Receipts.Of(SurveyHarness.Survey, voter.Id), row.RowKey);
        var ballot = await harness.Store.FindBallotAsync(SurveyHarness.Survey, row.RowKey, CancellationToken.None);
        Assert.Equal(4, ballot!.Ratings["conduct"]);
        Assert.Equal("Nên chuẩn bị tài liệu sớm hơn.", ballot.Comment);
    }

    [Fact]
    public async Task Vote_ChangesAllowed_ReplacesTheBallot_SameAgainChangesNothing()
    {
        var harness = await SurveyHarness.CreateAsync();
        var voter = harness.Members[0];
        await harness.VoteAsync(voter, SurveyHarness.Vote(3));

        var changed = await harness.VoteAsync(voter, SurveyHarness.Vote(5));
        var before = Assert.Single(await harness.BallotRowsAsync());
        var again = await harness.VoteAsync(voter, SurveyHarness.Vote(5));

        Assert.Equal((VoteStatus.Changed, VoteStatus.Unchanged), (changed.Status, again.Status));
        var after = Assert.Single(await harness.BallotRowsAsync());
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(5, (await harness.Store.FindBallotAsync(SurveyHarness.Survey, after.RowKey, CancellationToken.None))!.Ratings["results"]);
    }

    [Fact]
    public async Task Vote_ChangesNotAllowed_SecondVoteRefused_FirstKept()
    {
        var harness = await SurveyHarness.CreateAsync(options: new SurveyOptions { AllowVoteChanges = false });
        var voter = harness.Members[0];
        await harness.VoteAsync(voter, SurveyHarness.Vote(3));
        var before = Assert.Single(await harness.BallotRowsAsync());

        var second = await harness.VoteAsync(voter, SurveyHarness.Vote(5));

        Assert.Equal(VoteStatus.AlreadyVoted, second.Status);
        Assert.Equal(SurveyTexts.AlreadyVoted, second.Message);
        Assert.Equal(before.ETag, Assert.Single(await harness.BallotRowsAsync()).ETag);
    }

    public static TheoryData<string, string?, string?> ForgedSurveys() => new()
    {
        { "no such quarter", "CB1", "2026-Q5" },
        { "a quarter not opened", "CB1", "2026-Q3" },
        { "not a quarter", "CB1", "2026-Q4' or 1=1" },
        { "another unit's id", "CB9", "2026-Q4" },
        { "no unit", null, "2026-Q4" },
        { "no survey id", "CB1", null },
        { "a unit id storage cannot hold", new string('x', 600), "2026-Q4" },
    };

    [Theory]
    [MemberData(nameof(ForgedSurveys))]
    public async Task Vote_ForgedSurveyId_NotFound_NothingWritten(string what, string? unitId, string? surveyId)
    {
        var harness = await SurveyHarness.CreateAsync();

        var outcome = await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5) with { UnitId = unitId, SurveyId = surveyId });

        Assert.True(outcome.Status == VoteStatus.NotFound, what);
        Assert.Equal(SurveyTexts.NotFound, outcome.Message);
        Assert.Empty(await harness.BallotRowsAsync());
    }

    [Fact]
    public async Task Vote_NotAMemberOtherCellOrNotSummoned_RefusedEachWithItsReason_NothingWritten()
    {
        var harness = await SurveyHarness.CreateAsync();

        var stranger = await harness.VoteAsync(null, SurveyHarness.Vote(5));
        var other = await harness.VoteAsync(SurveyHarness.Other, SurveyHarness.Vote(5));
        var exempt = await harness.VoteAsync(SurveyHarness.Exempt, SurveyHarness.Vote(5));

        Assert.Equal((VoteStatus.NotAMember, SurveyTexts.NotAMember), (stranger.Status, stranger.Message));
        Assert.Equal((VoteStatus.OtherCell, SurveyTexts.OtherCell), (other.Status, other.Message));
        Assert.Equal((VoteStatus.NotSummoned, SurveyTexts.NotSummoned), (exempt.Status, exempt.Message));
        Assert.Empty(await harness.BallotRowsAsync());
    }

    [Fact]
    public async Task Vote_AtOrAfterTheClose_Refused_NothingWritten()
    {
        var harness = await SurveyHarness.CreateAsync();
        harness.Tables.Time.Advance(TimeSpan.FromDays(7));

        var outcome = await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5));

        Assert.Equal((VoteStatus.Closed, SurveyTexts.Closed), (outcome.Status, outcome.Message));
        Assert.Empty(await harness.BallotRowsAsync());
    }

    [Fact]
    public async Task Vote_SurveyBeingClosed_Refused()
    {
        var harness = await SurveyHarness.CreateAsync();
        await harness.Store.UpdateAsync(SurveyHarness.Survey, s => s with { Status = SurveyStatus.Closing }, CancellationToken.None);

        Assert.Equal(VoteStatus.Closed, (await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5))).Status);
    }

    public static TheoryData<string, string, string?, string> Tampered() => new()
    {
        { "above the scale", "conduct", "6", "phải là số nguyên từ 1 đến 5" },
        { "below the scale", "results", "0", "phải là số nguyên từ 1 đến 5" },
        { "negative", "time", "-3", "phải là số nguyên từ 1 đến 5" },
        { "a fraction", "chairing", "4.5", "phải là số nguyên từ 1 đến 5" },
        { "not a number", "preparation", "tốt", "phải là số nguyên từ 1 đến 5" },
        { "missing", "closing", null, "còn thiếu: Kết thúc sinh hoạt" },
        { "blank", "closing", " ", "còn thiếu: Kết thúc sinh hoạt" },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public async Task Vote_TamperedRating_RefusedWithTheCriterion_NothingWritten(string what, string criterion, string? value, string expected)
    {
        var harness = await SurveyHarness.CreateAsync();
        var vote = SurveyHarness.Vote(5);
        var ratings = vote.Ratings.ToDictionary();
        if (value is null)
        {
            ratings.Remove(criterion);
        }
        else
        {
            ratings[criterion] = value;
        }

        var outcome = await harness.VoteAsync(harness.Members[0], vote with { Ratings = ratings });

        Assert.True(outcome.Status == VoteStatus.Invalid, what);
        Assert.Contains(expected, outcome.Message, StringComparison.Ordinal);
        Assert.Empty(await harness.BallotRowsAsync());
    }

    [Fact]
    public async Task Vote_UnknownCriterion_Refused_NothingWritten()
    {
        var harness = await SurveyHarness.CreateAsync();
        var ratings = SurveyHarness.Vote(5).Ratings.ToDictionary();
        ratings["bonus"] = "5";

        var outcome = await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5) with { Ratings = ratings });

        Assert.Equal((VoteStatus.Invalid, SurveyTexts.UnknownCriterion), (outcome.Status, outcome.Message));
        Assert.Empty(await harness.BallotRowsAsync());
    }

    [Fact]
    public async Task Vote_CommentOverTheLimit_Refused_AtTheLimitRecorded()
    {
        var harness = await SurveyHarness.CreateAsync(options: new SurveyOptions { CommentMaxLength = 20 });

        var tooLong = await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5, new string('ý', 21)));
        Assert.Empty(await harness.BallotRowsAsync());
        var atLimit = await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5, new string('ý', 20)));

        Assert.Equal((VoteStatus.Invalid, SurveyTexts.CommentTooLong(20)), (tooLong.Status, tooLong.Message));
        Assert.Equal(VoteStatus.Recorded, atLimit.Status);
    }

    [Fact]
    public async Task Vote_TwoHundredConcurrentSubmits_ChangesNotAllowed_OneBallotPerMemberTheOneAccepted()
    {
        var harness = await SurveyHarness.CreateAsync(members: 100, new SurveyOptions { AllowVoteChanges = false });

        // Every member submits twice at once, with different ratings: 200 submits in flight.
        var submits = harness.Members.SelectMany(m => new[] { (Member: m, Rating: 2), (Member: m, Rating: 4) }).ToList();
        var outcomes = await Task.WhenAll(submits.Select(s => Task.Run(() => harness.VoteAsync(s.Member, SurveyHarness.Vote(s.Rating)))));

        var rows = await harness.BallotRowsAsync();
        Assert.Equal(100, rows.Count);
        foreach (var member in harness.Members)
        {
            var mine = submits.Zip(outcomes).Where(p => p.First.Member == member).ToList();
            var accepted = Assert.Single(mine, p => p.Second.Status == VoteStatus.Recorded);
            Assert.Single(mine, p => p.Second.Status == VoteStatus.AlreadyVoted);
            var stored = await harness.Store.FindBallotAsync(SurveyHarness.Survey, harness.Receipts.Of(SurveyHarness.Survey, member.Id), CancellationToken.None);
            Assert.Equal(accepted.First.Rating, stored!.Ratings["conduct"]);
        }
    }

    [Fact]
    public async Task Vote_TwoHundredConcurrentSubmits_ChangesAllowed_OneBallotPerMember()
    {
        var harness = await SurveyHarness.CreateAsync(members: 50);

        var outcomes = await Task.WhenAll(harness.Members.SelectMany(m => Enumerable.Range(1, 4).Select(r => Task.Run(() => harness.VoteAsync(m, SurveyHarness.Vote(r + 1))))));

        Assert.Equal(200, outcomes.Length);
        Assert.All(outcomes, o => Assert.True(o.Accepted, o.Status.ToString()));
        Assert.Equal(50, (await harness.BallotRowsAsync()).Count);
        Assert.Equal(50, await harness.Store.CountBallotsAsync(SurveyHarness.Survey, CancellationToken.None));
    }

    [Fact]
    public async Task StoredRows_EverySurveyTableRow_HoldsNoVoterIdNameNorEntraId()
    {
        var harness = await SurveyHarness.CreateAsync(members: 6);
        foreach (var (member, i) in harness.Members.Select((m, i) => (m, i)))
        {
            await harness.VoteAsync(member, SurveyHarness.Vote(1 + i % 5, i % 2 == 0 ? "Góp ý chung cho chi bộ." : null));
        }
        await harness.VoteAsync(harness.Members[0], SurveyHarness.Vote(5)); // a change
        await harness.Store.UpdateAsync(SurveyHarness.Survey, s => s with { Status = SurveyStatus.Closing }, CancellationToken.None);
        await harness.Store.SealBallotsAsync(SurveyHarness.Survey, CancellationToken.None);

        var rows = (await harness.AllRowsAsync(TableNames.Surveys)).Concat(await harness.AllRowsAsync(TableNames.SurveyBallots)).ToList();

        Assert.Equal(7, rows.Count);
        var everything = string.Join("\n", rows.SelectMany(r => r.Select(p => $"{p.Key}={p.Value}")));
        foreach (var member in harness.Members)
        {
            Assert.DoesNotContain(member.Id, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(member.FullName, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(member.AadObjectId!, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(member.FullName.Split(' ')[^1], everything, StringComparison.OrdinalIgnoreCase);
        }
        // The ballots hold ratings, the comment and the seal only: no time of ours.
        Assert.All(rows.Where(r => r.PartitionKey.Contains('|', StringComparison.Ordinal)),
            r => Assert.Subset(new HashSet<string> { "PartitionKey", "RowKey", "Timestamp", "odata.etag", "Ratings", "Comment", "Sealed" }, r.Keys.ToHashSet()));
    }

    [Fact]
    public async Task SealBallots_AtTheClose_EveryBallotRewrittenAfterTheLastVote()
    {
        var harness = await SurveyHarness.CreateAsync(members: 4);
        foreach (var member in harness.Members)
        {
            await harness.VoteAsync(member, SurveyHarness.Vote(4));
            await Task.Delay(20); // distinct write times, as real votes have
        }
        var cast = await harness.BallotRowsAsync();
        var lastVote = cast.Max(r => r.Timestamp!.Value);

        await harness.Store.SealBallotsAsync(SurveyHarness.Survey, CancellationToken.None);

        var sealedRows = await harness.BallotRowsAsync();
        Assert.All(sealedRows, r => Assert.True(r.Timestamp > lastVote && r.GetBoolean("Sealed") == true));
        Assert.All(sealedRows, r => Assert.DoesNotContain(cast, c => c.ETag == r.ETag));
        // Listed in key order, i.e. by keyed hash: not by time of vote nor by voter.
        Assert.Equal(sealedRows.Select(r => r.RowKey).Order(StringComparer.Ordinal), sealedRows.Select(r => r.RowKey));
    }

    [Fact]
    public async Task HasVoted_ReDerivesTheReceipt_OnlyForTheVoter()
    {
        var harness = await SurveyHarness.CreateAsync();
        await harness.VoteAsync(harness.Members[1], SurveyHarness.Vote(5));

        Assert.True(await harness.Voting.HasVotedAsync(SurveyHarness.Survey, harness.Members[1].Id, CancellationToken.None));
        Assert.False(await harness.Voting.HasVotedAsync(SurveyHarness.Survey, harness.Members[0].Id, CancellationToken.None));
    }
}
