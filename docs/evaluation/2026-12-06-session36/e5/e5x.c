#include "e5.c"
/* content piece ids of text (no bos/eos) */
int e5x_tokenize(e5_model *m, const char *text, int *out, int max) { return tok_content(&m->tok, text, out, max); }
int e5x_maxp(e5_model *m) { return m->MAXP; }
/* final hidden states of n content pieces (n <= MAXP-2), out: n*H floats */
int e5x_hidden(e5_model *m, const int *content, int n, float *out) {
    int H = m->H, L = n + 2;
    int *ids = malloc(sizeof(int) * L), *pos = malloc(sizeof(int) * L), *ss = malloc(sizeof(int) * L), *se = malloc(sizeof(int) * L);
    int segoff[2] = {0, L};
    ids[0] = m->tok.bos; pos[0] = 0;
    for (int j = 0; j < n; j++) { ids[1 + j] = content[j]; pos[1 + j] = 1 + j; }
    ids[L - 1] = m->tok.eos; pos[L - 1] = L - 1;
    for (int t = 0; t < L; t++) { ss[t] = 0; se[t] = L; }
    float *hid = malloc((size_t)L * H * sizeof(float));
    forward_batch(m, ids, pos, ss, se, segoff, 1, L, NULL, hid);
    memcpy(out, hid + H, (size_t)n * H * sizeof(float));
    free(ids); free(pos); free(ss); free(se); free(hid);
    return 0;
}
/* hidden states after the first `nl` layers */
int e5x_hidden_nl(e5_model *m, const int *content, int n, float *out, int nl) {
    int keep = m->NL; m->NL = nl;
    int r = e5x_hidden(m, content, n, out);
    m->NL = keep; return r;
}
