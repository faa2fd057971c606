namespace Compliance.Rules.References;

/// <summary>How a reference picks rows of a table.</summary>
internal abstract record RowSelector
{
    public abstract bool Matches(Documents.Model.Row row);

    /// <summary>Picks rows one at a time: the rule is evaluated for each row.</summary>
    public virtual bool IsEach => false;

    /// <summary>A fixed row by canonical key: <c>income.total</c>.</summary>
    public sealed record ByKey(string Key) : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) => row.Key == Key;

        public override string ToString() => Key;
    }

    /// <summary>A row by 行次: <c>#27</c>.</summary>
    public sealed record ByLineNo(string LineNo) : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) => row.LineNo == LineNo;

        public override string ToString() => "#" + LineNo;
    }

    /// <summary>A row by 科目编码: <c>@2010350</c>.</summary>
    public sealed record ByCode(string Code) : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) => row.Code == Code;

        public override string ToString() => "@" + Code;
    }

    /// <summary>A row by printed name: <c>'本年收入合计'</c>.</summary>
    public sealed record ByName(string Name) : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) =>
            string.Equals(Normalize(row.Name), Normalize(Name), StringComparison.Ordinal);

        public override string ToString() => $"'{Name}'";

        internal static string Normalize(string s) => s.Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);
    }

    /// <summary>Every functional-classification row at a level: <c>类</c> (3 digits), <c>款</c> (5), <c>项</c> (7).</summary>
    public sealed record ByLevel(int Level) : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) =>
            Documents.Catalogue.FunctionalClasses.Level(row.Code) == Level && row.Code!.All(char.IsAsciiDigit);

        public override string ToString() => Level switch { 1 => "类", 2 => "款", _ => "项" };
    }

    /// <summary>Each row in turn: <c>*</c>.</summary>
    public sealed record Each : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) => true;

        public override bool IsEach => true;

        public override string ToString() => "*";
    }

    /// <summary>Each coded row in turn, matched across tables by code: <c>@*</c>.</summary>
    public sealed record EachCoded : RowSelector
    {
        public override bool Matches(Documents.Model.Row row) => !string.IsNullOrEmpty(row.Code);

        public override bool IsEach => true;

        public override string ToString() => "@*";
    }
}
