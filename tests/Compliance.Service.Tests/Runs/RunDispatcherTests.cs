using Compliance.Service.Runs;

namespace Compliance.Service.Tests.Runs;

public sealed class RunDispatcherTests
{
    [Theory]
    [InlineData(1, 50, 1)]
    [InlineData(300, 50, 4)]
    [InlineData(10_000, 50, 50)]
    [InlineData(10_000, 20, 20)]
    public void ChunkSize_Batch_IsCappedAndLeavesEnoughChunksToShare(int items, int max, int expected)
    {
        var size = RunDispatcher.ChunkSize(items, max);

        Assert.Equal(expected, size);
        Assert.True(size <= max);
        Assert.True((items + size - 1) / size >= Math.Min(items, RunDispatcher.MinChunks) || size == max);
    }

    [Fact]
    public void Split_JoinedIds_ReturnsEachIdOnce()
    {
        var ids = RunDispatcher.Split("a1,b2,,c3");

        Assert.Equal(["a1", "b2", "c3"], ids);
    }
}
