using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Organization;

public sealed class VietnameseNamesTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "An")]
    [InlineData("Tôn Nữ Thị Ngọc Ánh", "Ánh")]
    [InlineData("  Lê  Bình  ", "Bình")]
    [InlineData("Hùng", "Hùng")]
    [InlineData("", "")]
    [InlineData("Nguyễn Văn\u00A0An", "An")]
    [InlineData("Nguyễn Văn\tAn\u00A0", "An")]
    public void GivenName_FullName_IsTheLastWord(string fullName, string expected) =>
        Assert.Equal(expected, VietnameseNames.GivenName(fullName));

    [Fact]
    public void InNameOrder_GivenNames_InVietnameseAlphabetOrder()
    {
        // Vietnamese letters: a < ă < â, d < đ, o < ô < ơ, u < ư; tone marks only break ties.
        string[] names = ["Trần Thị Ư", "Lê Văn Đức", "Phạm Văn Ân", "Hồ Thị Ơn", "Vũ Văn Dũng", "Ngô Thị Ăn", "Lý Văn Anh", "Đỗ Thị Ôn", "Bùi Văn On", "Mai Thị Uyên"];
        var members = names.Select((name, i) => Member($"DV{i:D2}", name));

        Assert.Equal(
            ["Lý Văn Anh", "Ngô Thị Ăn", "Phạm Văn Ân", "Vũ Văn Dũng", "Lê Văn Đức", "Bùi Văn On", "Đỗ Thị Ôn", "Hồ Thị Ơn", "Mai Thị Uyên", "Trần Thị Ư"],
            members.InNameOrder().Select(m => m.FullName));
    }

    [Fact]
    public void InNameOrder_SameGivenName_ByFullNameThenId()
    {
        var members = new[] { Member("DV03", "Trần Văn Hùng"), Member("DV02", "Nguyễn Văn Hùng"), Member("DV01", "Trần Văn Hùng"), Member("DV04", "nguyễn văn hùng") };

        Assert.Equal(["DV02", "DV04", "DV01", "DV03"], members.InNameOrder().Select(m => m.Id));
    }

    [Fact]
    public void InNameOrder_CaseOfTheGivenName_DoesNotMatter()
    {
        var members = new[] { Member("DV01", "Lê Văn bình"), Member("DV02", "Lê Văn An"), Member("DV03", "Lê Văn Cường") };

        Assert.Equal(["DV02", "DV01", "DV03"], members.InNameOrder().Select(m => m.Id));
    }

    private static Member Member(string id, string fullName) => new(id, fullName, "CB1", MemberStatus.Full, new HashSet<UnitRole>());
}
