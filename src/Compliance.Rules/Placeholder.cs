namespace Compliance.Rules; internal static class Placeholder { }
