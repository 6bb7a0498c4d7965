using System.Collections.Generic;
using Xunit;

namespace TypedGraph.Tests.Training;

public sealed class HistoryTests
{
    private static History TwoEpochs()
    {
        var history = new History();
        history.Append(0, new Dictionary<string, double> { ["loss"] = 0.9, ["acc"] = 0.5, ["lr"] = 0.001 });
        history.Append(1, new Dictionary<string, double> { ["loss"] = 0.7, ["acc"] = 0.6, ["lr"] = 0.001 });
        return history;
    }

    [Fact]
    public void Indexer_returns_one_value_per_epoch()
    {
        var history = TwoEpochs();

        Assert.Equal([0.9, 0.7], history["loss"]);
        Assert.Equal([0, 1], history.Epochs);
        Assert.Equal(["loss", "acc", "lr"], history.Keys);
    }

    [Fact]
    public void Accuracy_is_an_alias_of_acc()
    {
        var history = TwoEpochs();

        Assert.Equal([0.5, 0.6], history["accuracy"]);
        Assert.True(history.TryGetValue("accuracy", out var values));
        Assert.Equal(0.6, values[^1]);
    }

    [Fact]
    public void Missing_key_lists_the_logged_names()
    {
        var history = TwoEpochs();

        var error = Assert.Throws<KeyNotFoundException>(() => history["val_loss"]);

        Assert.Equal("History has no values for 'val_loss'. Logged names: loss, acc, lr.", error.Message);
        Assert.False(history.TryGetValue("val_loss", out _));
    }

    [Theory]
    [InlineData("accuracy", "acc")]
    [InlineData("val_accuracy", "val_acc")]
    [InlineData("age_accuracy", "age_acc")]
    [InlineData("val_loss", "val_loss")]
    [InlineData("topaccuracy", "topaccuracy")]
    public void LogKeys_normalize_the_keras_accuracy_alias(string key, string expected)
    {
        Assert.Equal(expected, LogKeys.Normalize(key));
    }
}
