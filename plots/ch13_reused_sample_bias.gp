# ch13_reused_sample_bias.gp, written by redes. Redraw ch13_reused_sample_bias.png from its data with: gnuplot ch13_reused_sample_bias.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_reused_sample_bias.png'
set datafile separator ','
set title 'Bias of reused samples: R̂ on SGD''s batch minus R̂ on never-used samples'
set xlabel 'epoch (M′ = 20, M = 200)'
set ylabel 'mean over the epoch''s steps of R̂_B(θ_k) − R̂_{val}(θ_k)'
set grid
set key top right box opaque
set xrange [0.5:30.5]
set yrange [-0.1492228915:0.08139430444]
plot 'ch13_reused_sample_bias.csv' index 0 using 1:2 with lines lw 1 dashtype 3 lc rgb 'gray40' title '0 (no bias)', \
     'ch13_reused_sample_bias.csv' index 1 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#d62728' title 'without replacement (a permutation per epoch)', \
     'ch13_reused_sample_bias.csv' index 2 using 1:2:3 with yerrorlines lw 2 dashtype 2 pt 5 ps 0.8 lc rgb '#1f77b4' title 'with replacement (independent indices)'
set output
