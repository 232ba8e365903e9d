using Analyzer.Core.Ir;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>Statements: simple statements, if, for, switch, select, defer, go, labels and jumps.</summary>
[TestFixture]
public sealed class StatementTests
{
    [Test]
    public void Multi_value_short_declaration_keeps_one_call_as_the_value()
    {
        var statement = (Assignment)GoSource.Body("\tobj, exists, err := f.knownObjects.GetByKey(key)").Single();
        Assert.Multiple(() =>
        {
            Assert.That(statement.Operator, Is.EqualTo(":="));
            Assert.That(statement.IsDeclaration, Is.True);
            Assert.That(statement.Targets.Select(t => ((NameExpression)t).Name), Is.EqualTo(new[] { "obj", "exists", "err" }));
            var call = (CallExpression)statement.Values.Single();
            var callee = (MemberAccess)call.Callee;
            Assert.That(callee.Member, Is.EqualTo("GetByKey"));
            Assert.That(((MemberAccess)callee.Target).Text(), Is.EqualTo("f.knownObjects"));
            Assert.That(call.Arguments.Single().Value.Text(), Is.EqualTo("key"));
            Assert.That(statement.Start(), Is.EqualTo((4, 2)));
            Assert.That(statement.Text(), Is.EqualTo("obj, exists, err := f.knownObjects.GetByKey(key)"));
        });
    }

    [Test]
    public void Assignments_op_assign_and_inc_dec()
    {
        var statements = GoSource.Body("x = 1\nf.items[id] = append(f.items[id], d)\nn += 2\nmask &^= bit\ni++\nj--\na, b = b, a");
        var assignments = statements.Cast<Assignment>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(assignments.Select(a => a.Operator), Is.EqualTo(new[] { "=", "=", "+=", "&^=", "+=", "-=", "=" }));
            Assert.That(assignments.Select(a => a.IsDeclaration), Has.All.False);
            Assert.That(assignments[1].Targets.Single(), Is.TypeOf<IndexExpression>());
            var one = (LiteralExpression)assignments[4].Values.Single();
            Assert.That((one.LiteralKind, one.Value, one.Text()), Is.EqualTo((LiteralKind.Integer, "1", "++")));
            Assert.That(assignments[4].Text(), Is.EqualTo("i++"));
            Assert.That((assignments[6].Targets.Count, assignments[6].Values.Count), Is.EqualTo((2, 2)));
        });
    }

    [Test]
    public void Local_var_const_and_type_declarations()
    {
        var statements = GoSource.Body("var x int\nvar y, z = 1, 2\nconst c = \"k\"\ntype local struct{ a int }\nvar (\n\tp = 1\n\tq = 2\n)");
        Assert.Multiple(() =>
        {
            Assert.That(statements.Select(s => s.Kind), Is.EqualTo(new[]
            {
                IrKind.Assignment, IrKind.Assignment, IrKind.Assignment, IrKind.OtherStatement, IrKind.Assignment, IrKind.Assignment,
            }));
            var x = (Assignment)statements[0];
            Assert.That((x.IsDeclaration, x.TypeText, x.Values.Count), Is.EqualTo((true, "int", 0)));
            Assert.That(((OtherStatement)statements[3]).Description, Is.EqualTo("type declaration"));
            Assert.That(statements[4].Text(), Is.EqualTo("p = 1"));
        });
    }

    [Test]
    public void If_with_init_and_else_if_chain()
    {
        var statement = (IfStatement)GoSource.Body("""
            	if obj, ok := m[k]; !ok {
            		return
            	} else if obj == nil {
            		x = 1
            	} else {
            		x = 2
            	}
            """).Single();
        Assert.Multiple(() =>
        {
            var init = (Assignment)statement.Init!;
            Assert.That((init.Operator, init.Targets.Count), Is.EqualTo((":=", 2)));
            Assert.That(init.Values.Single(), Is.TypeOf<IndexExpression>());
            var condition = (UnaryExpression)statement.Condition;
            Assert.That((condition.Operator, condition.Operand.Text()), Is.EqualTo(("!", "ok")));
            Assert.That(statement.Then.Statements.Single(), Is.TypeOf<ReturnStatement>());
            var elseIf = (IfStatement)statement.Else!;
            Assert.That(elseIf.Init, Is.Null);
            Assert.That(elseIf.Condition.Text(), Is.EqualTo("obj == nil"));
            Assert.That(((BinaryExpression)elseIf.Condition).Right, Is.TypeOf<LiteralExpression>().With.Property("LiteralKind").EqualTo(LiteralKind.Null));
            Assert.That(elseIf.Start(), Is.EqualTo((6, 9)));
            Assert.That(elseIf.Else, Is.TypeOf<Block>());
            Assert.That(statement.Then.Text(), Is.EqualTo("{\n\t\treturn\n\t}"));
        });
    }

    [Test]
    public void Composite_literals_in_if_and_for_headers()
    {
        var statements = GoSource.Body("""
            	if v, ok := (T{a: 1}); ok {
            	}
            	if x == []int{1, 2}[0] {
            	}
            	for _, p := range []Point{{1, 2}, {3, 4}} {
            	}
            	switch s := (sets.Set[string]{}); {
            	}
            """);
        Assert.Multiple(() =>
        {
            var first = (IfStatement)statements[0];
            var literal = (CollectionExpression)((Assignment)first.Init!).Values.Single();
            Assert.That((literal.CollectionKind, literal.TypeText), Is.EqualTo((CollectionKind.Composite, "T")));
            Assert.That(literal.Elements.Single(), Is.TypeOf<KeyValueExpression>());
            var second = (IfStatement)statements[1];
            Assert.That(second.Condition.Text(), Is.EqualTo("x == []int{1, 2}[0]"));
            var loop = (LoopStatement)statements[2];
            var points = (CollectionExpression)loop.Iterable!;
            Assert.That((points.CollectionKind, points.TypeText), Is.EqualTo((CollectionKind.List, "[]Point")));
            Assert.That(points.Elements.Cast<CollectionExpression>().Select(e => (e.CollectionKind, e.TypeText, e.Text())),
                Is.EqualTo(new[] { (CollectionKind.Composite, (string?)"Point", "{1, 2}"), (CollectionKind.Composite, (string?)"Point", "{3, 4}") }));
            var @switch = (SwitchStatement)statements[3];
            Assert.That(@switch.Subject, Is.Null);
            Assert.That(((Assignment)@switch.Init!).Values.Single(), Is.TypeOf<CollectionExpression>());
        });
    }

    [Test]
    public void For_loops_three_clause_condition_infinite_and_range()
    {
        var loops = GoSource.Body("""
            	for i := 0; i < n; i++ {
            	}
            	for len(q) > 0 {
            	}
            	for {
            		break
            	}
            	for k, v := range m {
            	}
            	for _, item := range f.queue {
            	}
            	for f.items[k] = range ch {
            	}
            	for range ch {
            	}
            	for i := range 10 {
            	}
            """).Cast<LoopStatement>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(loops.Select(l => l.LoopKind), Is.EqualTo(new[]
            {
                LoopKind.For, LoopKind.For, LoopKind.For, LoopKind.Range, LoopKind.Range, LoopKind.Range, LoopKind.Range, LoopKind.Range,
            }));
            Assert.That(loops[0].Init!.Text(), Is.EqualTo("i := 0"));
            Assert.That(loops[0].Condition!.Text(), Is.EqualTo("i < n"));
            Assert.That(((Assignment)loops[0].Post!).Operator, Is.EqualTo("+="));
            Assert.That((loops[1].Init, loops[1].Condition!.Text(), loops[1].Post), Is.EqualTo(((IrStatement?)null, "len(q) > 0", (IrStatement?)null)));
            Assert.That(loops[2].Condition, Is.Null);
            Assert.That(loops[2].Body.Statements.Single(), Is.TypeOf<JumpStatement>());
            Assert.That(loops[3].Targets.Select(t => t.Text()), Is.EqualTo(new[] { "k", "v" }));
            Assert.That(loops[3].Iterable!.Text(), Is.EqualTo("m"));
            Assert.That(loops[4].Targets.Select(t => t.Text()), Is.EqualTo(new[] { "_", "item" }));
            Assert.That(loops[4].Iterable, Is.TypeOf<MemberAccess>());
            Assert.That(loops[5].Targets.Single(), Is.TypeOf<IndexExpression>());
            Assert.That(loops[6].Targets, Is.Empty);
            Assert.That(loops[6].Iterable!.Text(), Is.EqualTo("ch"));
            Assert.That(loops[7].Iterable, Is.TypeOf<LiteralExpression>());
            Assert.That(loops.Select(l => l.Else), Has.All.Null);
        });
    }

    [Test]
    public void Expression_switch_with_init_tag_cases_and_default()
    {
        var statement = (SwitchStatement)GoSource.Body("""
            	switch d := f.items[id]; d.Type {
            	case Added, Updated:
            		x = 1
            		fallthrough
            	case Deleted:
            	default:
            		x = 2
            	}
            """).Single();
        Assert.Multiple(() =>
        {
            Assert.That(statement.SwitchKind, Is.EqualTo(SwitchKind.Expression));
            Assert.That(statement.Init, Is.TypeOf<Assignment>());
            Assert.That(((IrExpression)statement.Subject!).Text(), Is.EqualTo("d.Type"));
            Assert.That(statement.Cases.Select(c => c.Labels.Count), Is.EqualTo(new[] { 2, 1, 0 }));
            Assert.That(statement.Cases.Select(c => c.IsDefault), Is.EqualTo(new[] { false, false, true }));
            Assert.That(statement.Cases[0].Body.Statements.Select(s => s.Kind), Is.EqualTo(new[] { IrKind.Assignment, IrKind.JumpStatement }));
            Assert.That(((JumpStatement)statement.Cases[0].Body.Statements[1]).JumpKind, Is.EqualTo(JumpKind.Fallthrough));
            Assert.That(statement.Cases[0].Body.Text(), Is.EqualTo("x = 1\n\t\tfallthrough"));
            Assert.That(statement.Cases[1].Body.Statements, Is.Empty);
            Assert.That(statement.Cases[1].Body.Span.StartOffset, Is.EqualTo(statement.Cases[1].Span.EndOffset));
            Assert.That(statement.Cases[0].Start(), Is.EqualTo((5, 2)));
        });
    }

    [Test]
    public void Type_switch_with_binding_and_without()
    {
        var statements = GoSource.Body("""
            	switch v := obj.(type) {
            	case nil:
            	case *Delta, Deltas:
            		use(v)
            	case cache.DeletedFinalStateUnknown:
            	case Set[string]:
            	case map[string]int:
            	}
            	switch obj.(type) {
            	default:
            	}
            """);
        var bound = (SwitchStatement)statements[0];
        var unbound = (SwitchStatement)statements[1];
        Assert.Multiple(() =>
        {
            Assert.That(bound.SwitchKind, Is.EqualTo(SwitchKind.Type));
            var guard = (Assignment)bound.Subject!;
            Assert.That((guard.Operator, guard.IsDeclaration, guard.Targets.Single().Text()), Is.EqualTo((":=", true, "v")));
            var assertion = (OtherExpression)guard.Values.Single();
            Assert.That((assertion.Description, assertion.Text(), assertion.Items.Single().Text()), Is.EqualTo(("type assertion", "obj.(type)", "obj")));
            Assert.That(guard.Text(), Is.EqualTo("v := obj.(type)"));
            var labels = bound.Cases.SelectMany(c => c.Labels).ToList();
            Assert.That(labels.Select(l => l.Kind), Is.EqualTo(new[]
            {
                IrKind.LiteralExpression, IrKind.OtherExpression, IrKind.NameExpression, IrKind.MemberAccess, IrKind.IndexExpression, IrKind.OtherExpression,
            }));
            Assert.That(labels.Select(l => l.Text()), Is.EqualTo(new[] { "nil", "*Delta", "Deltas", "cache.DeletedFinalStateUnknown", "Set[string]", "map[string]int" }));
            Assert.That(unbound.Subject, Is.TypeOf<OtherExpression>());
            Assert.That(unbound.Cases.Single().IsDefault, Is.True);
        });
    }

    [Test]
    public void Select_cases_carry_their_communication_as_a_statement_label()
    {
        var statement = (SwitchStatement)GoSource.Body("""
            	select {
            	case ch <- v:
            	case item, ok := <-f.queue:
            		use(item, ok)
            	case x = <-done:
            	case <-stop:
            		return
            	default:
            	}
            """).Single();
        Assert.Multiple(() =>
        {
            Assert.That((statement.SwitchKind, statement.Init, statement.Subject), Is.EqualTo((SwitchKind.Select, (IrStatement?)null, (IrNode?)null)));
            var labels = statement.Cases.Select(c => c.Labels.SingleOrDefault()).ToList();
            var send = (BinaryExpression)((ExpressionStatement)labels[0]!).Expression;
            Assert.That((send.Operator, send.Left.Text(), send.Right.Text()), Is.EqualTo(("<-", "ch", "v")));
            var receive = (Assignment)labels[1]!;
            Assert.That((receive.Operator, receive.IsDeclaration, receive.Targets.Count), Is.EqualTo((":=", true, 2)));
            Assert.That(((UnaryExpression)receive.Values.Single()).Operator, Is.EqualTo("<-"));
            Assert.That(((Assignment)labels[2]!).Operator, Is.EqualTo("="));
            Assert.That(((ExpressionStatement)labels[3]!).Expression.Text(), Is.EqualTo("<-stop"));
            Assert.That(labels[4], Is.Null);
            Assert.That(statement.Cases[4].IsDefault, Is.True);
            Assert.That(labels[1]!.Text(), Is.EqualTo("item, ok := <-f.queue"));
        });
    }

    [Test]
    public void Defer_go_return_send_and_expression_statements()
    {
        var statements = GoSource.Body("\tf.lock.Lock()\n\tdefer f.lock.Unlock()\n\tgo func() { work() }()\n\tch <- 1\n\treturn a, b");
        Assert.Multiple(() =>
        {
            Assert.That(statements.Select(s => s.Kind), Is.EqualTo(new[]
            {
                IrKind.ExpressionStatement, IrKind.DeferStatement, IrKind.SpawnStatement, IrKind.ExpressionStatement, IrKind.ReturnStatement,
            }));
            var defer = (DeferStatement)statements[1];
            Assert.That(((MemberAccess)((CallExpression)defer.Call).Callee).Member, Is.EqualTo("Unlock"));
            Assert.That(defer.Text(), Is.EqualTo("defer f.lock.Unlock()"));
            var spawn = (SpawnStatement)statements[2];
            Assert.That(((CallExpression)spawn.Call).Callee, Is.TypeOf<FunctionLiteral>());
            var send = (BinaryExpression)((ExpressionStatement)statements[3]).Expression;
            Assert.That((send.Operator, send.Left.Text(), send.Right.Text()), Is.EqualTo(("<-", "ch", "1")));
            Assert.That(((ReturnStatement)statements[4]).Values.Select(v => v.Text()), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void Labels_goto_break_continue_and_empty_statements()
    {
        var statements = GoSource.Body("""
            	;;
            outer:
            	for {
            		for {
            			continue outer
            		}
            		break outer
            	}
            	goto done
            done:
            }

            func g() {
            """);
        Assert.Multiple(() =>
        {
            Assert.That(statements.Select(s => s.Kind), Is.EqualTo(new[] { IrKind.LabeledStatement, IrKind.JumpStatement, IrKind.LabeledStatement }));
            var outer = (LabeledStatement)statements[0];
            Assert.That(outer.Label, Is.EqualTo("outer"));
            var loop = (LoopStatement)outer.Statement;
            var jumps = loop.All<JumpStatement>();
            Assert.That(jumps.Select(j => (j.JumpKind, j.Label)), Is.EqualTo(new[] { (JumpKind.Continue, (string?)"outer"), (JumpKind.Break, (string?)"outer") }));
            Assert.That(((JumpStatement)statements[1]).JumpKind, Is.EqualTo(JumpKind.Goto));
            var done = (LabeledStatement)statements[2];
            Assert.That(done.Label, Is.EqualTo("done"));
            Assert.That(done.Statement, Is.TypeOf<Block>().With.Property("Statements").Empty);
            Assert.That(outer.Start(), Is.EqualTo((5, 1)));
        });
    }
}
