class T {
    String s = """
        never closed
    char c = '
}
