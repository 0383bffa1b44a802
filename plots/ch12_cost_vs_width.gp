# ch12_cost_vs_width.gp, written by redes. Redraw ch12_cost_vs_width.png from its data with: gnuplot ch12_cost_vs_width.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch12_cost_vs_width.png'
set datafile separator ','
set title 'Backpropagation: time per sample against the width N (net N, N, N, 1)'
set xlabel 'width N'
set ylabel 'seconds per sample (processor time)'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set xrange [3:180]
set format x '%g'
set xtics (4, 8, 16, 32, 64, 128)
plot 'ch12_cost_vs_width.csv' index 0 using 1:2 with linespoints pt 7 ps 1.2 lw 2 lc rgb '#e41a1c' title 'literal: g_{J′}ᵀ G_Lᵀ W_L ⋯ G_ℓᵀ · ∂z_ℓ/∂W_ℓ', \
     'ch12_cost_vs_width.csv' index 1 using 1:2 with linespoints pt 5 ps 1.2 lw 2 lc rgb '#377eb8' title 'efficient: δ_ℓ X_{ℓ−1}ᵀ, G never built', \
     'ch12_cost_vs_width.csv' index 2 using 1:2 with lines dashtype 2 lw 1.5 lc rgb '#e41a1c' title '∝ N³  (N_ℓ² N_{ℓ−1} per N×N layer)', \
     'ch12_cost_vs_width.csv' index 3 using 1:2 with lines dashtype 2 lw 1.5 lc rgb '#377eb8' title '∝ N²'
set output
