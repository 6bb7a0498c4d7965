using System.Collections.Generic;
using TypedGraph;
using TypedGraph.Callbacks;
using static TypedGraph.Activation;

namespace Training;

[Model]
public sealed partial class Classifier
{
    [Input(8)] public partial Node Features { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }
}

// The values a user really passes: Lists filled with Add before the call, monitors in constants and locals.
public static class Locals
{
    private const string Monitored = "val_acc";

    public static void Lists(Classifier model, Classifier.Inputs x, Classifier.Targets y, bool flag)
    {
        var list = new List<Callback>();
        list.Add(new EarlyStopping(monitor: {|TG0020:"val_loss"|}));
        list.Add(new ModelCheckpoint("m.bin", monitor: {|TG0021:"val_acuracy"|}));
        model.Fit(x, y, callbacks: list);

        List<Callback> typed = new();
        typed.Add({|TG0020:new ReduceLROnPlateau()|});
        model.Fit(x, y, callbacks: typed);

        // A collection initializer and an Add; an Add under a condition or after the call is not certain.
        var mixed = new List<Callback> { new EarlyStopping(monitor: {|TG0020:"val_acc"|}) };
        mixed.Add(new EarlyStopping(monitor: {|TG0021:"acuracy"|}));
        if (flag)
        {
            mixed.Add(new EarlyStopping(monitor: "val_los"));
        }

        model.Fit(x, y, callbacks: mixed);
        mixed.Add(new EarlyStopping(monitor: "val_los"));

        // Added in an enclosing block before a loop that calls Fit.
        var outer = new List<Callback>();
        outer.Add(new EarlyStopping(monitor: {|TG0021:"los"|}));
        for (var i = 0; i < 2; i++)
        {
            model.Fit(x, y, callbacks: outer);
        }
    }

    public static void Monitors(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        var monitor = "val_loss";
        const string local = "accuracy_";
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:monitor|})]);
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:Monitored|})]);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [new EarlyStopping(monitor: {|TG0021:local|})]);

        var split = 0.0;
        var early = new EarlyStopping(monitor: {|TG0020:"val_loss"|});
        var callbacks = new List<Callback> { early };
        model.Fit(x, y, validationSplit: split, callbacks: callbacks);
    }
}

// A readonly field of any accessibility holds one value for good; a field others can write does not.
public static class Monitors
{
    public static readonly string Validation = "val_loss";
    public static string Changeable = "val_loss";
}

public static class SharedMonitors
{
    public static void Run(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:Monitors.Validation|})]);
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: Monitors.Changeable)]);
    }
}

// Fields: private, written once (initializer or the only constructor), read only as callbacks.
public sealed class Trainer
{
    private static readonly string s_monitor = "val_acc";
    private readonly List<Callback> _initialized = [new EarlyStopping(monitor: {|TG0020:"val_loss"|})];
    private readonly Callback[] _assigned;
    private readonly EarlyStopping _early = new(monitor: {|TG0021:"val_lost"|});
    private List<Callback> _notReadonly = new() { new EarlyStopping(monitor: {|TG0021:"accurasy"|}) };

    public Trainer()
    {
        _assigned = [new ModelCheckpoint("m.bin", monitor: {|TG0020:"val_acc"|})];
    }

    public void Train(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, callbacks: _initialized);
        model.Fit(x, y, callbacks: this._assigned);
        model.Fit(x, y, validationSplit: 0.2, callbacks: [_early, .. _notReadonly]);
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: {|TG0020:s_monitor|})]);
    }
}

// Values that cannot be followed: nothing to report (no false positives).
public static class NotFollowed
{
    public static void Lists(Classifier model, Classifier.Inputs x, Classifier.Targets y, List<Callback> given)
    {
        // Built in another method.
        model.Fit(x, y, callbacks: Build());

        // An alias of a list other code holds.
        var alias = given;
        alias.Add(new EarlyStopping(monitor: "val_loss"));
        model.Fit(x, y, callbacks: alias);

        // Changed other than by Add.
        var removed = new List<Callback>();
        removed.Add(new EarlyStopping(monitor: "val_loss"));
        removed.RemoveAt(0);
        model.Fit(x, y, callbacks: removed);

        // Handed to other code.
        var handed = new List<Callback>();
        handed.Add(new EarlyStopping(monitor: "val_loss"));
        Fill(handed);
        model.Fit(x, y, callbacks: handed);

        // An element written.
        Callback[] array = [new EarlyStopping(monitor: "val_loss")];
        array[0] = new EarlyStopping(monitor: "loss");
        model.Fit(x, y, callbacks: array);

        // Added inside a lambda: it may run at any time, or never.
        var later = new List<Callback>();
        System.Action add = () => later.Add(new EarlyStopping(monitor: "val_loss"));
        add();
        model.Fit(x, y, callbacks: later);

        // Fit in a local function, which may run before the Add.
        var local = new List<Callback>();
        Train();
        local.Add(new EarlyStopping(monitor: "val_loss"));
        void Train() => model.Fit(x, y, callbacks: local);
    }

    public static void Monitors(Classifier model, Classifier.Inputs x, Classifier.Targets y, bool flag)
    {
        var twice = "val_loss";
        if (flag)
        {
            twice = "loss";
        }

        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: twice)]);

        var byRef = "val_loss";
        Change(ref byRef);
        model.Fit(x, y, callbacks: [new EarlyStopping(monitor: byRef)]);
    }

    private static List<Callback> Build()
    {
        var list = new List<Callback>();
        list.Add(new EarlyStopping(monitor: "val_loss"));
        return list;
    }

    private static void Fill(List<Callback> callbacks) => callbacks.Clear();

    private static void Change(ref string monitor) => monitor = "loss";
}

public sealed class FieldsNotFollowed
{
    private readonly List<Callback> _twice = [new EarlyStopping(monitor: "val_loss")];
    private readonly List<Callback> _changed = [new EarlyStopping(monitor: "val_loss")];
    private readonly List<Callback> _inTwoConstructors;
    private readonly List<Callback> _conditional;
    private List<Callback> _reassigned = [new EarlyStopping(monitor: "val_loss")];
    internal List<Callback> _visible = [new EarlyStopping(monitor: "val_loss")];
    internal readonly List<Callback> _visibleReadonly = [new EarlyStopping(monitor: "val_loss")];
    private readonly List<Callback> _given;

    public FieldsNotFollowed(List<Callback> given, bool flag)
    {
        _twice = [new EarlyStopping(monitor: "loss")];
        _inTwoConstructors = [new EarlyStopping(monitor: "val_loss")];
        if (flag)
        {
            _conditional = [new EarlyStopping(monitor: "val_loss")];
        }
        else
        {
            _conditional = [];
        }

        _given = given;
    }

    public FieldsNotFollowed()
    {
        _inTwoConstructors = [];
        _conditional = [];
        _given = [];
    }

    public void Reset() => _reassigned = [];

    public void Clear() => _changed.Clear();

    public void Train(Classifier model, Classifier.Inputs x, Classifier.Targets y)
    {
        model.Fit(x, y, callbacks: _twice);
        model.Fit(x, y, callbacks: _changed);
        model.Fit(x, y, callbacks: _inTwoConstructors);
        model.Fit(x, y, callbacks: _conditional);
        model.Fit(x, y, callbacks: _reassigned);
        model.Fit(x, y, callbacks: _visible);
        model.Fit(x, y, callbacks: _visibleReadonly);
        model.Fit(x, y, callbacks: _given);
    }
}
